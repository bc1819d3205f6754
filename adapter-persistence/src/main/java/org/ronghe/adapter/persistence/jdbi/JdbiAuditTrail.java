package org.ronghe.adapter.persistence.jdbi;

import static org.ronghe.adapter.persistence.jdbi.JdbcValues.instant;
import static org.ronghe.adapter.persistence.jdbi.JdbcValues.utc;
import static org.ronghe.adapter.persistence.jdbi.JdbcValues.uuid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ronghe.application.audit.port.out.AuditTrail;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.audit.AuditEntry;
import org.ronghe.domain.audit.FieldChange;

/** Appends and reads audit entries. There is no UPDATE or DELETE on these tables anywhere. */
final class JdbiAuditTrail implements AuditTrail {

    private final JdbiTransactions transactions;

    JdbiAuditTrail(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(AuditEntry entry) {
        transactions.write(h -> {
            h.createUpdate("""
                    INSERT INTO audit_entry (id, at, actor_organization, actor_token, actor, aggregate_type,
                        aggregate_id, event_type, request_id)
                    VALUES (:id, :at, :actorOrganization, :actorToken, :actor, :aggregateType, :aggregateId,
                        :eventType, :requestId)""")
                    .bind("id", entry.id())
                    .bind("at", utc(entry.at()))
                    .bind("actorOrganization", entry.actorOrganization())
                    .bind("actorToken", entry.actorToken())
                    .bind("actor", entry.actor())
                    .bind("aggregateType", entry.aggregateType())
                    .bind("aggregateId", entry.aggregateId())
                    .bind("eventType", entry.eventType())
                    .bind("requestId", entry.requestId())
                    .execute();
            var batch = h.prepareBatch("""
                    INSERT INTO audit_change (audit_id, position, field, old_value, new_value)
                    VALUES (:auditId, :position, :field, :oldValue, :newValue)""");
            for (int i = 0; i < entry.changes().size(); i++) {
                FieldChange change = entry.changes().get(i);
                batch.bind("auditId", entry.id()).bind("position", i).bind("field", change.field())
                        .bind("oldValue", change.oldValue()).bind("newValue", change.newValue()).add();
            }
            if (!entry.changes().isEmpty()) {
                batch.execute();
            }
            return null;
        });
    }

    @Override
    public Page<AuditEntry> find(AuditCriteria criteria, PageRequest page) {
        var filter = SqlWhere.filter()
                .when(criteria.aggregateType(), "aggregate_type = :aggregateType", "aggregateType", v -> v)
                .when(criteria.aggregateId(), "aggregate_id = :aggregateId", "aggregateId", v -> v)
                .when(criteria.actorOrganization(), "actor_organization = :actorOrganization", "actorOrganization", v -> v)
                .when(criteria.since(), "at >= :since", "since", v -> utc(v))
                .when(criteria.until(), "at < :until", "until", v -> utc(v))
                .build();
        String where = filter.sql();
        Map<String, Object> arguments = filter.arguments();
        return transactions.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM audit_entry" + where).bindMap(arguments)
                    .mapTo(Long.class).one();
            record Head(UUID id, AuditEntry withoutChanges) {
            }
            List<Head> heads = h.createQuery("SELECT * FROM audit_entry" + where
                    + " ORDER BY at, id LIMIT :limit OFFSET :offset")
                    .bindMap(arguments).bind("limit", page.size()).bind("offset", page.offset())
                    .map((rs, ctx) -> new Head(uuid(rs, "id"), new AuditEntry(uuid(rs, "id"), instant(rs, "at"),
                            rs.getString("actor_organization"), rs.getString("actor_token"), rs.getString("actor"),
                            rs.getString("aggregate_type"), rs.getString("aggregate_id"), rs.getString("event_type"),
                            List.of(), rs.getString("request_id"))))
                    .list();
            Map<UUID, List<FieldChange>> changes = new LinkedHashMap<>();
            if (!heads.isEmpty()) {
                h.createQuery("SELECT * FROM audit_change WHERE audit_id IN (<ids>) ORDER BY audit_id, position")
                        .bindList("ids", heads.stream().map(Head::id).toList())
                        .map((rs, ctx) -> {
                            changes.computeIfAbsent(uuid(rs, "audit_id"), id -> new ArrayList<>()).add(new FieldChange(
                                    rs.getString("field"), rs.getString("old_value"), rs.getString("new_value")));
                            return null;
                        })
                        .list();
            }
            List<AuditEntry> items = heads.stream().map(head -> {
                AuditEntry e = head.withoutChanges();
                return new AuditEntry(e.id(), e.at(), e.actorOrganization(), e.actorToken(), e.actor(), e.aggregateType(),
                        e.aggregateId(), e.eventType(), changes.getOrDefault(e.id(), List.of()), e.requestId());
            }).toList();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }
}
