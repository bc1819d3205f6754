package org.ronghe.adapter.persistence.jdbi;

import static org.ronghe.adapter.persistence.jdbi.JdbcValues.uuid;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeParentException;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.committee.Membership;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.committee.RulesDocument;
import org.ronghe.domain.committee.RulesKind;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;

/**
 * Committees in three tables: the committee row (versioned), its memberships and its rules documents
 * (appended and ended by position, never deleted).
 */
final class JdbiCommittees implements Committees {

    /** A committee's own row, read by position (see {@link SelectList}). */
    private static final SelectList HEAD = SelectList.of("id", "tier", "name_zh", "name_en", "field", "area_id",
            "parent_id", "planned_on", "established_on", "dissolved_on", "chair_name", "chair_position", "version");
    private static final int ID = HEAD.at("id");
    private static final int TIER = HEAD.at("tier");
    private static final int NAME_ZH = HEAD.at("name_zh");
    private static final int NAME_EN = HEAD.at("name_en");
    private static final int FIELD = HEAD.at("field");
    private static final int AREA_ID = HEAD.at("area_id");
    private static final int PARENT_ID = HEAD.at("parent_id");
    private static final int PLANNED_ON = HEAD.at("planned_on");
    private static final int ESTABLISHED_ON = HEAD.at("established_on");
    private static final int DISSOLVED_ON = HEAD.at("dissolved_on");
    private static final int CHAIR_NAME = HEAD.at("chair_name");
    private static final int CHAIR_POSITION = HEAD.at("chair_position");
    private static final int VERSION = HEAD.at("version");

    private static final String ORDER = " ORDER BY CASE tier WHEN 'DISTRICT_PROMOTION' THEN 0 WHEN 'PROFESSIONAL' THEN 1"
            + " ELSE 2 END, planned_on, id";

    /** Cached inner collections are dropped wholesale beyond this many committees. */
    private static final int CACHE_LIMIT = 20_000;

    private final JdbiTransactions transactions;
    /**
     * Memberships and rules of committees as committed at a version. Every change of them advances the
     * committee's version, so a head row read at version v whose v is cached needs no further query: the
     * cache never serves stale data, on any node. Only reads outside transactions fill it, so nothing a
     * transaction wrote and then rolled back can ever be cached (docs/adr/0008).
     */
    private final Map<UUID, Inner> inner = new java.util.concurrent.ConcurrentHashMap<>();

    private record Inner(long version, List<Membership> members, List<RulesDocument> rules) {
    }

    JdbiCommittees(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<FusionCommittee> findById(CommitteeId id) {
        return transactions.withHandle(h -> load(h, " WHERE id = :id", Map.of("id", id.value()), null).stream()
                .findFirst());
    }

    @Override
    public void add(FusionCommittee c) {
        try {
            transactions.write(h -> {
                if (c.parent() != null) {
                    // held until the transaction ends, as countLiveChildren holds it: one of the two waits
                    boolean parentLive = h.createQuery("SELECT dissolved_on FROM fusion_committee WHERE id = :id FOR UPDATE")
                            .bind("id", c.parent().value()).mapTo(java.time.LocalDate.class).findOne().isEmpty();
                    if (!parentLive) {
                        throw new CommitteeParentException("the committee " + c.parent() + " it would hang under was "
                                + "dissolved meanwhile");
                    }
                }
                var insert = h.createUpdate("""
                        INSERT INTO fusion_committee (id, tier, name_zh, name_en, search_key, field, area_id, parent_id,
                            planned_on, established_on, dissolved_on, chair_name, chair_position, standing_key, version)
                        VALUES (:id, :tier, :nameZh, :nameEn, :searchKey, :field, :areaId, :parentId, :plannedOn,
                            :establishedOn, :dissolvedOn, :chairName, :chairPosition, :standingKey, 1)""")
                        .bind("id", c.getId().value()).bind("tier", c.tier().name())
                        .bind("nameZh", c.name().zh()).bind("nameEn", c.name().en())
                        .bind("searchKey", SearchKeys.of(c.name().zh(), c.name().en()))
                        .bind("field", c.field() == null ? null : c.field().name())
                        .bind("plannedOn", c.plannedOn());
                JdbcValues.uuidOrNull(insert, "areaId", c.area() == null ? null : c.area().value());
                JdbcValues.uuidOrNull(insert, "parentId", c.parent() == null ? null : c.parent().value());
                bindChanging(insert, c);
                insert.execute();
                writeChildren(h, c, 0, 0);
                return null;
            });
        } catch (UnableToExecuteStatementException e) {
            throw translate(e, c);
        }
        c.markStored(1);
    }

    @Override
    public void update(FusionCommittee c) {
        VersionedUpdates.update(transactions, new VersionedUpdates.Head("fusion_committee", "committee", c.getId(),
                c.getId().value(), c.version()), """
                established_on = :establishedOn, dissolved_on = :dissolvedOn, chair_name = :chairName,
                chair_position = :chairPosition, standing_key = :standingKey""",
                u -> bindChanging(u, c), h -> {
                    int storedMembers = h.createQuery("SELECT COUNT(*) FROM committee_membership WHERE committee_id = :id")
                            .bind("id", c.getId().value()).mapTo(Integer.class).one();
                    int storedRules = h.createQuery("SELECT COUNT(*) FROM committee_rules WHERE committee_id = :id")
                            .bind("id", c.getId().value()).mapTo(Integer.class).one();
                    List<Membership> members = c.memberships();
                    for (int position = 0; position < storedMembers; position++) {
                        h.createUpdate("UPDATE committee_membership SET until = :until"
                                + " WHERE committee_id = :id AND position = :position")
                                .bind("until", members.get(position).until()).bind("id", c.getId().value())
                                .bind("position", position).execute();
                    }
                    writeChildren(h, c, storedMembers, storedRules);
                }, e -> translate(e, c));
        c.markStored(c.version() + 1);
    }

    private static void bindChanging(Update statement, FusionCommittee c) {
        statement.bind("establishedOn", c.establishedOn()).bind("dissolvedOn", c.dissolvedOn())
                .bind("chairName", c.chair() == null ? null : c.chair().name())
                .bind("chairPosition", c.chair() == null ? null : c.chair().position())
                .bind("standingKey", c.standsFor().orElse(null));
    }

    private static RuntimeException translate(UnableToExecuteStatementException e, FusionCommittee c) {
        return SqlStates.isUniqueViolation(e) ? c.standingTaken() : e;
    }

    private static void writeChildren(Handle h, FusionCommittee c, int storedMembers, int storedRules) {
        List<Membership> members = c.memberships();
        for (int position = storedMembers; position < members.size(); position++) {
            Membership m = members.get(position);
            h.createUpdate("""
                    INSERT INTO committee_membership (committee_id, position, organization_id, role, since, until)
                    VALUES (:id, :position, :organization, :role, :since, :until)""")
                    .bind("id", c.getId().value()).bind("position", position)
                    .bind("organization", m.organization().value()).bind("role", m.role().name())
                    .bind("since", m.since()).bind("until", m.until()).execute();
        }
        List<RulesDocument> rules = c.rules();
        for (int position = storedRules; position < rules.size(); position++) {
            RulesDocument r = rules.get(position);
            h.createUpdate("""
                    INSERT INTO committee_rules (committee_id, position, kind, title, version, adopted_on, text_or_link)
                    VALUES (:id, :position, :kind, :title, :version, :adoptedOn, :text)""")
                    .bind("id", c.getId().value()).bind("position", position).bind("kind", r.kind().name())
                    .bind("title", r.title()).bind("version", r.version()).bind("adoptedOn", r.adoptedOn())
                    .bind("text", r.textOrLink()).execute();
        }
    }

    @Override
    public Page<FusionCommittee> find(CommitteeCriteria criteria, PageRequest page) {
        var filter = SqlWhere.filter()
                .when(criteria.tier(), "tier = :tier", "tier", Enum::name)
                .when(criteria.status(), status -> switch (status) {
                    case PLANNED -> "established_on IS NULL AND dissolved_on IS NULL";
                    case ESTABLISHED -> "established_on IS NOT NULL AND dissolved_on IS NULL";
                    case DISSOLVED -> "dissolved_on IS NOT NULL";
                })
                .when(criteria.area(), "area_id = :areaId", "areaId", v -> v.value())
                .when(criteria.field(), "field = :field", "field", Enum::name)
                .when(criteria.parent(), "parent_id = :parentId", "parentId", v -> v.value())
                .when(criteria.name(), SearchKeys.condition("search_key"), "q", SearchKeys::pattern)
                .when(criteria.seating(), scope -> "id IN (SELECT committee_id FROM committee_membership WHERE until IS NULL"
                        + " AND organization_id IN (" + SearchKeys.literals(scope) + "))")
                .build();
        String where = filter.sql();
        Map<String, Object> arguments = filter.arguments();
        return transactions.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM fusion_committee" + where).bindMap(arguments)
                    .mapTo(Long.class).one();
            return new Page<>(load(h, where, arguments, page), page.page(), page.size(), total);
        });
    }

    @Override
    public long countLiveChildren(CommitteeId parent) {
        return transactions.write(h -> {
            h.createQuery("SELECT id FROM fusion_committee WHERE id = :id FOR UPDATE").bind("id", parent.value())
                    .mapTo(UUID.class).findOne();
            return h.createQuery("SELECT COUNT(*) FROM fusion_committee WHERE parent_id = :id AND dissolved_on IS NULL")
                    .bind("id", parent.value()).mapTo(Long.class).one();
        });
    }

    @Override
    public List<FusionCommittee> findBySeat(OrganizationId organization) {
        return transactions.withHandle(h -> load(h, " WHERE id IN (SELECT committee_id FROM committee_membership"
                + " WHERE organization_id = :organization)", Map.of("organization", organization.value()), null));
    }

    @Override
    public Optional<CommitteeId> promotionCommittee() {
        return transactions.withHandle(h -> h.createQuery("SELECT id FROM fusion_committee WHERE standing_key = 'PROMOTION'")
                .map((rs, ctx) -> new CommitteeId(uuid(rs, "id"))).findOne());
    }

    @Override
    public boolean coversField(ProfessionalField field) {
        return standing("FIELD:" + field);
    }

    @Override
    public boolean coversArea(AreaId area) {
        return standing("AREA:" + area);
    }

    private boolean standing(String key) {
        return transactions.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM fusion_committee WHERE standing_key = :key")
                .bind("key", key).mapTo(Long.class).one()) > 0;
    }

    private record Head(UUID id, CommitteeTier tier, BilingualName name, ProfessionalField field, AreaId area,
            CommitteeId parent, LocalDate plannedOn, LocalDate establishedOn, LocalDate dissolvedOn, Chair chair,
            long version) {
    }

    private List<FusionCommittee> load(Handle h, String where, Map<String, Object> arguments, PageRequest page) {
        var query = h.createQuery("SELECT " + HEAD.sql() + " FROM fusion_committee" + where + ORDER
                + (page == null ? "" : " LIMIT :limit OFFSET :offset")).bindMap(arguments);
        if (page != null) {
            query.bind("limit", page.size()).bind("offset", page.offset());
        }
        List<Head> heads = query.map((rs, ctx) -> head(rs)).list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Membership>> members = new HashMap<>();
        Map<UUID, List<RulesDocument>> rules = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        for (Head head : heads) {
            Inner cached = inner.get(head.id());
            if (cached != null && cached.version() == head.version()) {
                members.put(head.id(), cached.members());
                rules.put(head.id(), cached.rules());
            } else {
                ids.add(head.id());
            }
        }
        if (!ids.isEmpty()) {
            h.createQuery("SELECT * FROM committee_membership WHERE committee_id IN (<ids>) ORDER BY committee_id, position")
                    .bindList("ids", ids)
                    .map((rs, ctx) -> members.computeIfAbsent(uuid(rs, "committee_id"), id -> new ArrayList<>())
                            .add(new Membership(new OrganizationId(uuid(rs, "organization_id")),
                                    MembershipRole.valueOf(rs.getString("role")), date(rs, "since"), date(rs, "until"))))
                    .list();
            h.createQuery("SELECT * FROM committee_rules WHERE committee_id IN (<ids>) ORDER BY committee_id, position")
                    .bindList("ids", ids)
                    .map((rs, ctx) -> rules.computeIfAbsent(uuid(rs, "committee_id"), id -> new ArrayList<>())
                            .add(new RulesDocument(RulesKind.valueOf(rs.getString("kind")), rs.getString("title"),
                                    rs.getInt("version"), date(rs, "adopted_on"), rs.getString("text_or_link"))))
                    .list();
            if (!transactions.inTransaction()) {
                Set<UUID> missed = new HashSet<>(ids);
                if (inner.size() > CACHE_LIMIT) {
                    inner.clear();
                }
                for (Head head : heads) {
                    if (missed.contains(head.id())) {
                        inner.put(head.id(), new Inner(head.version(),
                                List.copyOf(members.getOrDefault(head.id(), List.of())),
                                List.copyOf(rules.getOrDefault(head.id(), List.of()))));
                    }
                }
            }
        }
        return heads.stream().map(c -> FusionCommittee.restore(new FusionCommittee.State(new CommitteeId(c.id()),
                c.tier(), c.name(), c.field(), c.area(), c.parent(), c.plannedOn(), c.establishedOn(), c.dissolvedOn(),
                c.chair(),
                members.getOrDefault(c.id(), List.of()), rules.getOrDefault(c.id(), List.of()), c.version()))).toList();
    }

    private static Head head(ResultSet rs) throws SQLException {
        UUID area = rs.getObject(AREA_ID, UUID.class);
        UUID parent = rs.getObject(PARENT_ID, UUID.class);
        String field = rs.getString(FIELD);
        String chairName = rs.getString(CHAIR_NAME);
        return new Head(rs.getObject(ID, UUID.class), CommitteeTier.valueOf(rs.getString(TIER)),
                BilingualName.of(rs.getString(NAME_ZH), rs.getString(NAME_EN)),
                field == null ? null : ProfessionalField.valueOf(field), area == null ? null : new AreaId(area),
                parent == null ? null : new CommitteeId(parent), date(rs, PLANNED_ON), date(rs, ESTABLISHED_ON),
                date(rs, DISSOLVED_ON), chairName == null ? null : new Chair(chairName, rs.getString(CHAIR_POSITION)),
                rs.getLong(VERSION));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
