package org.ronghe.adapter.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.ronghe.adapter.persistence.jdbi.JdbcValues.instant;
import static org.ronghe.adapter.persistence.jdbi.JdbcValues.utc;

import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.organization.DuplicateSiblingNameException;
import org.ronghe.domain.organization.SecondDistrictPartyCommitteeException;
import org.ronghe.domain.organization.Jurisdiction;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.organization.OrganizationStatus;

final class JdbiOrganizations implements Organizations {

    private static final SelectList SELECTED = SelectList.of("id", "kind", "name_zh", "name_en", "parent_id",
            "jurisdiction", "status", "registered_at", "retired_at", "version");
    private static final String COLUMNS = SELECTED.sql();
    private static final int ID = SELECTED.at("id");
    private static final int KIND = SELECTED.at("kind");
    private static final int NAME_ZH = SELECTED.at("name_zh");
    private static final int NAME_EN = SELECTED.at("name_en");
    private static final int PARENT_ID = SELECTED.at("parent_id");
    private static final int JURISDICTION = SELECTED.at("jurisdiction");
    private static final int STATUS = SELECTED.at("status");
    private static final int REGISTERED_AT = SELECTED.at("registered_at");
    private static final int RETIRED_AT = SELECTED.at("retired_at");
    private static final int VERSION = SELECTED.at("version");

    private final JdbiTransactions transactions;

    JdbiOrganizations(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Organization> findById(OrganizationId id) {
        return transactions.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM organization WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiOrganizations::map)
                .findOne());
    }

    @Override
    public List<Organization> findAllById(java.util.Collection<OrganizationId> ids) {
        List<Organization> found = new ArrayList<>(ids.size());
        for (String literals : idLiterals(ids)) {
            found.addAll(transactions.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                    + " FROM organization WHERE id IN (" + literals + ")").map(JdbiOrganizations::map).list()));
        }
        return found;
    }

    @Override
    public Map<OrganizationId, String> namesOf(java.util.Collection<OrganizationId> ids) {
        var names = new HashMap<OrganizationId, String>();
        for (String literals : idLiterals(ids)) {
            // two columns, and no aggregate rebuilt: the stored name was checked when it was written
            names.putAll(transactions.withHandle(h -> h.createQuery("SELECT id, name_zh FROM organization WHERE id IN ("
                    + literals + ")").map((rs, ctx) -> Map.entry(new OrganizationId(rs.getObject(1, UUID.class)),
                            rs.getString(2)))
                    .collectToMap(Map.Entry::getKey, Map.Entry::getValue)));
        }
        return names;
    }

    /** The distinct ids as lists of literals ({@link JdbcValues#uuidLiterals}), a thousand to a list. */
    private static List<String> idLiterals(java.util.Collection<OrganizationId> ids) {
        List<UUID> all = ids.stream().map(OrganizationId::value).distinct().toList();
        List<String> lists = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1_000) {
            lists.add(JdbcValues.uuidLiterals(all.subList(from, Math.min(all.size(), from + 1_000))));
        }
        return lists;
    }

    @Override
    public List<Organization> all() {
        return transactions.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM organization")
                .map(JdbiOrganizations::map).list());
    }

    @Override
    public void add(Organization o) {
        try {
            transactions.write(h -> h.createUpdate("""
                    INSERT INTO organization (id, kind, name_zh, name_en, name_key, search_key, parent_id, parent_key,
                        jurisdiction, status, registered_at, retired_at, live_district, version)
                    VALUES (:id, :kind, :nameZh, :nameEn, :nameKey, :searchKey, :parentId, :parentKey,
                        :jurisdiction, :status, :registeredAt, :retiredAt, :liveDistrict, 1)""")
                    .bindMap(values(o))
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            throw translate(e, o);
        }
        o.markStored(1);
    }

    @Override
    public void update(Organization o) {
        VersionedUpdates.update(transactions, new VersionedUpdates.Head("organization", "organization", o.getId(),
                o.getId().value(), o.version()), """
                name_zh = :nameZh, name_en = :nameEn, name_key = :nameKey, search_key = :searchKey, parent_id = :parentId,
                parent_key = :parentKey, status = :status, retired_at = :retiredAt, live_district = :liveDistrict""",
                u -> u.bindMap(values(o)), h -> { }, e -> translate(e, o));
        o.markStored(o.version() + 1);
    }

    private static RuntimeException translate(UnableToExecuteStatementException e, Organization o) {
        if (!SqlStates.isUniqueViolation(e)) {
            return e;
        }
        // which key: a failed statement aborts a PostgreSQL transaction, so it is read from the error, not the table
        if (SqlStates.names(e, "organization_one_live_district")) {
            return new SecondDistrictPartyCommitteeException(null);
        }
        return new DuplicateSiblingNameException(o.name().zh());
    }

    private static boolean isLiveDistrictCommittee(Organization o) {
        return o.kind() == OrganizationKind.DISTRICT_PARTY_COMMITTEE && o.status() == OrganizationStatus.ACTIVE;
    }

    @Override
    public Optional<Organization> liveDistrictPartyCommittee() {
        return transactions.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                + " FROM organization WHERE live_district = 'LIVE'").map(JdbiOrganizations::map).findOne());
    }

    @Override
    public boolean isNameTaken(OrganizationId parentId, String nameKey, OrganizationId excluding) {
        return transactions.withHandle(h -> h.createQuery("""
                SELECT COUNT(*) FROM organization
                 WHERE parent_key = :parentKey AND name_key = :nameKey AND id <> :excluding""")
                .bind("parentKey", parentKey(parentId))
                .bind("nameKey", nameKey)
                // the nil UUID is never an organization's id, so it excludes nothing
                .bind("excluding", excluding == null ? new UUID(0, 0) : excluding.value())
                .mapTo(Long.class).one()) > 0;
    }

    @Override
    public long countActiveChildren(OrganizationId id) {
        return transactions.withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM organization WHERE parent_id = :id AND status = 'ACTIVE'")
                .bind("id", id.value()).mapTo(Long.class).one());
    }

    @Override
    public Page<Organization> find(OrganizationCriteria criteria, PageRequest page) {
        var filter = SqlWhere.filter()
                .when(criteria.kind(), "kind = :kind", "kind", Enum::name)
                .when(criteria.parentId(), "parent_id = :parentId", "parentId", v -> v.value())
                .when(criteria.status(), "status = :status", "status", Enum::name)
                .when(criteria.name(), SearchKeys.condition("search_key"), "q", SearchKeys::pattern)
                .when(criteria.within(), scope -> "id IN (" + SearchKeys.literals(scope) + ")")
                .build();
        String where = filter.sql();
        Map<String, Object> arguments = filter.arguments();
        return transactions.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM organization" + where).bindMap(arguments)
                    .mapTo(Long.class).one();
            List<Organization> items = h.createQuery("SELECT " + COLUMNS + " FROM organization" + where
                    + " ORDER BY registered_at, id LIMIT :limit OFFSET :offset")
                    .bindMap(arguments)
                    .bind("limit", page.size())
                    .bind("offset", page.offset())
                    .map(JdbiOrganizations::map)
                    .list();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    private static Map<String, Object> values(Organization o) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", o.getId().value());
        values.put("kind", o.kind().name());
        values.put("nameZh", o.name().zh());
        values.put("nameEn", o.name().en());
        values.put("nameKey", o.name().key());
        values.put("searchKey", SearchKeys.of(o.name().zh(), o.name().en()));
        values.put("parentId", o.parentId() == null ? null : o.parentId().value());
        values.put("parentKey", parentKey(o.parentId()));
        values.put("jurisdiction", o.jurisdiction() == null ? null : o.jurisdiction().name());
        values.put("status", o.status().name());
        values.put("registeredAt", utc(o.registeredAt()));
        values.put("retiredAt", utc(o.retiredAt()));
        values.put("liveDistrict", isLiveDistrictCommittee(o) ? "LIVE" : null);
        return values;
    }

    private static String parentKey(OrganizationId parentId) {
        return parentId == null ? "" : parentId.value().toString();
    }

    private static Organization map(ResultSet rs, StatementContext ctx) throws SQLException {
        UUID parent = rs.getObject(PARENT_ID, UUID.class);
        String jurisdiction = rs.getString(JURISDICTION);
        return Organization.restore(new Organization.State(
                new OrganizationId(rs.getObject(ID, UUID.class)),
                OrganizationKind.valueOf(rs.getString(KIND)),
                OrganizationName.of(rs.getString(NAME_ZH), rs.getString(NAME_EN)),
                parent == null ? null : new OrganizationId(parent),
                jurisdiction == null ? null : new Jurisdiction(jurisdiction),
                OrganizationStatus.valueOf(rs.getString(STATUS)),
                instant(rs, REGISTERED_AT),
                instant(rs, RETIRED_AT),
                rs.getLong(VERSION)));
    }
}
