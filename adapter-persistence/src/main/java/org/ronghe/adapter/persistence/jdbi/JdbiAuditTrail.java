package org.ronghe.adapter.persistence.jdbi;

import static org.ronghe.adapter.persistence.jdbi.JdbcValues.instant;
import static org.ronghe.adapter.persistence.jdbi.JdbcValues.utc;
import static org.ronghe.adapter.persistence.jdbi.JdbcValues.uuid;

import java.util.List;
import java.util.Map;

import org.ronghe.application.audit.port.out.AuditTrail;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.audit.AuditEntry;

/**
 * Appends and reads audit entries, each in one row with its changes as one JSON document (docs/adr/0016).
 * There is no UPDATE or DELETE on this table anywhere.
 */
final class JdbiAuditTrail implements AuditTrail {

    private final JdbiTransactions transactions;

    JdbiAuditTrail(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(AuditEntry entry) {
        transactions.write(h -> h.createUpdate("""
                INSERT INTO audit_entry (id, at, actor_organization, actor_token, actor, aggregate_type,
                    aggregate_id, event_type, request_id, changes)
                VALUES (:id, :at, :actorOrganization, :actorToken, :actor, :aggregateType, :aggregateId,
                    :eventType, :requestId, :changes)""")
                .bind("id", entry.id())
                .bind("at", utc(entry.at()))
                .bind("actorOrganization", entry.actorOrganization())
                .bind("actorToken", entry.actorToken())
                .bind("actor", entry.actor())
                .bind("aggregateType", entry.aggregateType())
                .bind("aggregateId", entry.aggregateId())
                .bind("eventType", entry.eventType())
                .bind("requestId", entry.requestId())
                .bind("changes", AuditChanges.write(entry.changes()))
                .execute());
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
            List<AuditEntry> items = h.createQuery("SELECT * FROM audit_entry" + where
                    + " ORDER BY at, id LIMIT :limit OFFSET :offset")
                    .bindMap(arguments).bind("limit", page.size()).bind("offset", page.offset())
                    .map((rs, ctx) -> new AuditEntry(uuid(rs, "id"), instant(rs, "at"), rs.getString("actor_organization"),
                            rs.getString("actor_token"), rs.getString("actor"), rs.getString("aggregate_type"),
                            rs.getString("aggregate_id"), rs.getString("event_type"),
                            AuditChanges.read(rs.getString("changes")), rs.getString("request_id")))
                    .list();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }
}
