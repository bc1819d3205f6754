package org.ronghe.adapter.persistence.jdbi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.ronghe.application.cases.port.out.CityCases;
import org.ronghe.application.cases.port.out.CityCases.SignalReceipt;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.cases.CaseCriteria;
import org.ronghe.domain.cases.CaseFigure;
import org.ronghe.domain.cases.CaseFigureQuery;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.cases.CityCase;
import org.ronghe.domain.cases.GeoPoint;
import org.ronghe.domain.cases.SignalAlreadyReceivedException;
import org.ronghe.domain.cases.SignalSource;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;

/**
 * A case is one row: its state record as JSON (ADR 0005), with the columns it is found by (V15). The source
 * event ids it took in are rows of {@code signal_receipt}, whose key refuses a second delivery.
 */
final class JdbiCityCases implements CityCases {

    /**
     * Before every limit: the lower end of a range over a nullable indexed instant. H2 keeps the nulls (cases no limit
     * counts for: closed, suspended) first in the index and walked them all for "at or before": 0.6-1 s to find none
     * due among a million open cases, 9-70 ms from here (BENCHMARKS.md, "City cases").
     */
    private static final String EARLIEST = "TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'";

    private final JdbiTransactions transactions;

    JdbiCityCases(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    private static CityCase read(String details, long version) {
        var s = JsonDocuments.read(details, CityCase.State.class);
        return CityCase.restore(new CityCase.State(s.id(), s.intake(), s.progress(), s.history(), version));
    }

    @Override
    public Optional<CityCase> findById(CaseId id) {
        return transactions.withHandle(h -> h.createQuery("SELECT details, version FROM city_case WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version")))
                .findOne());
    }

    @Override
    public void add(CityCase cityCase) {
        var s = cityCase.state();
        var routing = s.progress().routing();
        transactions.write(h -> {
            var insert = h.createUpdate("""
                    INSERT INTO city_case (id, status, is_open, category, department_id, town_id, micro_grid_id,
                        village_grid_id, area_grid_id, longitude, latitude, received_at, due_at, next_escalation_at,
                        late, sign_for_seconds, close_seconds, duplicates, escalations, returns, search_key, details,
                        version)
                    VALUES (:id, :status, :open, :category, :department, :town, :micro, :village, :area, :longitude,
                        :latitude, :receivedAt, :dueAt, :nextEscalationAt, :late, :signForSeconds, :closeSeconds,
                        :duplicates, :escalations, :returns, :searchKey, :details, 1)""")
                    .bind("id", s.id().value()).bind("category", cityCase.category())
                    .bind("searchKey", SearchKeys.of(s.intake().description(), s.intake().address()))
                    .bind("longitude", cityCase.location().longitude()).bind("latitude", cityCase.location().latitude())
                    .bind("receivedAt", JdbcValues.utc(cityCase.receivedAt()));
            JdbcValues.uuidOrNull(insert, "micro", value(routing.microGrid()));
            JdbcValues.uuidOrNull(insert, "village", value(routing.villageGrid()));
            JdbcValues.uuidOrNull(insert, "area", value(routing.areaGrid()));
            bindProgress(insert, cityCase).execute();
            receipt(h, s.intake().source(), s.intake().sourceEventId(), s.intake().fingerprint(), s.id());
            return null;
        });
        cityCase.markStored(1);
    }

    @Override
    public void update(CityCase cityCase) {
        VersionedUpdates.update(transactions, new VersionedUpdates.Head("city_case", "case", cityCase.getId(),
                cityCase.id().value(), cityCase.version()), "status = :status, is_open = :open, department_id ="
                        + " :department, town_id = :town, due_at = :dueAt, next_escalation_at = :nextEscalationAt,"
                        + " late = :late, sign_for_seconds = :signForSeconds, close_seconds = :closeSeconds,"
                        + " duplicates = :duplicates, escalations = :escalations, returns = :returns,"
                        + " details = :details", u -> bindProgress(u, cityCase));
        cityCase.markStored(cityCase.version() + 1);
    }

    private static <S extends SqlStatement<S>> S bindProgress(S statement, CityCase cityCase) {
        var p = cityCase.state().progress();
        statement.bind("late", p.late()).bind("duplicates", p.duplicates()).bind("escalations", p.escalations())
                .bind("returns", p.returns())
                .bindByType("signForSeconds", p.signedForAt() == null || p.dispatchedAt() == null ? null
                        : java.time.Duration.between(p.dispatchedAt(), p.signedForAt()).toSeconds(), Long.class)
                .bindByType("closeSeconds", p.closedAt() == null ? null
                        : java.time.Duration.between(cityCase.receivedAt(), p.closedAt()).toSeconds(), Long.class);
        return JdbcValues.uuidOrNull(statement, "town", value(cityCase.town()))
                .bind("status", cityCase.status().name()).bind("open", cityCase.status().isOpen())
                .bind("department", cityCase.department().value())
                .bindByType("dueAt", JdbcValues.utc(cityCase.dueAt()), OffsetDateTime.class)
                .bindByType("nextEscalationAt", JdbcValues.utc(cityCase.nextEscalationAt()), OffsetDateTime.class)
                .bind("details", JsonDocuments.write(cityCase.state()));
    }

    @Override
    public void recordRepeat(SignalSource source, String sourceEventId, String fingerprint, CaseId joined) {
        transactions.write(h -> {
            receipt(h, source, sourceEventId, fingerprint, joined);
            return null;
        });
    }

    private static void receipt(org.jdbi.v3.core.Handle h, SignalSource source, String eventId, String fingerprint,
            CaseId id) {
        try {
            h.createUpdate("INSERT INTO signal_receipt (source, event_id, case_id, fingerprint)"
                    + " VALUES (:source, :eventId, :case, :fingerprint)").bind("source", source.name())
                    .bind("eventId", eventId).bind("case", id.value()).bind("fingerprint", fingerprint).execute();
        } catch (UnableToExecuteStatementException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new SignalAlreadyReceivedException(source, eventId);
            }
            throw e;
        }
    }

    @Override
    public Optional<SignalReceipt> findBySignal(SignalSource source, String sourceEventId) {
        return transactions.withHandle(h -> h.createQuery("""
                SELECT c.details, c.version, r.fingerprint FROM signal_receipt r JOIN city_case c ON c.id = r.case_id
                WHERE r.source = :source AND r.event_id = :eventId""")
                .bind("source", source.name()).bind("eventId", sourceEventId)
                .map((rs, ctx) -> new SignalReceipt(read(rs.getString("details"), rs.getLong("version")),
                        rs.getString("fingerprint"))).findOne());
    }

    @Override
    public List<CityCase> openNear(String category, GeoPoint point, int metres, Instant from, Instant to) {
        var box = point.around(metres);
        return transactions.withHandle(h -> h.createQuery("""
                SELECT details, version FROM city_case WHERE category = :category AND is_open = TRUE
                AND received_at BETWEEN :from AND :to AND longitude BETWEEN :west AND :east
                AND latitude BETWEEN :south AND :north""")
                .bind("category", category).bind("from", JdbcValues.utc(from)).bind("to", JdbcValues.utc(to))
                .bind("west", box.minLongitude()).bind("east", box.maxLongitude())
                .bind("south", box.minLatitude()).bind("north", box.maxLatitude())
                .map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version"))).list())
                .stream().sorted(Comparator.comparingDouble(c -> c.location().metresTo(point))).toList();
    }

    @Override
    public Page<CityCase> find(CaseCriteria criteria, PageRequest page) {
        var where = SqlWhere.filter()
                .when(criteria.status(), "status = :status", "status", Enum::name)
                .when(criteria.town(), "town_id = :town", "town", OrganizationId::value)
                .when(criteria.grid(), "(micro_grid_id = :grid OR village_grid_id = :grid OR area_grid_id = :grid)",
                        "grid", GridId::value)
                .when(criteria.department(), "department_id = :department", "department", OrganizationId::value)
                .when(criteria.category(), "category = :category", "category", v -> v)
                .when(criteria.overdueAt(), "due_at >= " + EARLIEST + " AND due_at < :overdueAt", "overdueAt",
                        JdbcValues::utc)
                .when(criteria.open(), "is_open = :open", "open", v -> v)
                .when(criteria.receivedFrom(), "received_at >= :receivedFrom", "receivedFrom", JdbcValues::utc)
                .when(criteria.receivedBefore(), "received_at < :receivedBefore", "receivedBefore", JdbcValues::utc)
                .when(criteria.text(), SearchKeys.condition("search_key"), "q", SearchKeys::pattern)
                .build();
        return transactions.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM city_case" + where.sql()).bindMap(where.arguments())
                    .mapTo(Long.class).one();
            List<CityCase> items = h.createQuery("SELECT details, version FROM city_case" + where.sql()
                    + " ORDER BY received_at DESC, id LIMIT :limit OFFSET :offset").bindMap(where.arguments())
                    .bind("limit", page.size()).bind("offset", page.offset())
                    .map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version"))).list();
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    @Override
    public List<CityCase> dueForEscalation(Instant at, int max) {
        return transactions.withHandle(h -> h.createQuery("SELECT details, version FROM city_case WHERE"
                + " next_escalation_at BETWEEN " + EARLIEST + " AND :at ORDER BY next_escalation_at, id LIMIT :max")
                .bind("at", JdbcValues.utc(at)).bind("max", max)
                .map((rs, ctx) -> read(rs.getString("details"), rs.getLong("version"))).list());
    }

    @Override
    public long countInVillageGrid(String category, GridId villageGrid, Instant from) {
        return transactions.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM city_case WHERE village_grid_id ="
                + " :grid AND category = :category AND received_at >= :from").bind("grid", villageGrid.value())
                .bind("category", category).bindByType("from", JdbcValues.utc(from), OffsetDateTime.class)
                .mapTo(Long.class).one());
    }

    @Override
    public List<CaseFigure> figures(CaseFigureQuery query) {
        String key = switch (query.by()) {
            case TOWN -> "CAST(town_id AS VARCHAR(36))";
            case GRID -> "CAST(village_grid_id AS VARCHAR(36))";
            case DEPARTMENT -> "CAST(department_id AS VARCHAR(36))";
            case CATEGORY -> "category";
        };
        String where = "received_at <= :asOf" + (query.from() == null ? "" : " AND received_at >= :from")
                + (query.to() == null ? "" : " AND received_at < :to");
        // one grouped scan; PERCENTILE_CONT (H2 and PostgreSQL alike) is the median, nulls left out
        String sql = "SELECT " + key + " AS k, COUNT(*) AS received,"
                + " SUM(CASE WHEN status = 'CLOSED' THEN 1 ELSE 0 END) AS closed,"
                + " SUM(CASE WHEN status = 'CLOSED' AND NOT late THEN 1 ELSE 0 END) AS on_time,"
                + " SUM(CASE WHEN is_open AND due_at < :asOf THEN 1 ELSE 0 END) AS past_limit,"
                + " SUM(duplicates) AS duplicates, SUM(escalations) AS escalations, SUM(returns) AS returns,"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY sign_for_seconds) AS sign_for,"
                + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY close_seconds) AS to_close"
                + " FROM city_case WHERE " + where + " GROUP BY " + key;
        var figures = transactions.withHandle(h -> {
            var select = h.createQuery(sql).bindByType("asOf", JdbcValues.utc(query.asOf()), OffsetDateTime.class);
            if (query.from() != null) {
                select.bindByType("from", JdbcValues.utc(query.from()), OffsetDateTime.class);
            }
            if (query.to() != null) {
                select.bindByType("to", JdbcValues.utc(query.to()), OffsetDateTime.class);
            }
            return select.map((rs, ctx) -> new CaseFigure(rs.getString("k"), rs.getLong("received"),
                    rs.getLong("closed"), rs.getLong("on_time"), rs.getLong("past_limit"), rs.getLong("duplicates"),
                    rs.getLong("escalations"), rs.getLong("returns"), hours(rs, "sign_for"), hours(rs, "to_close")))
                    .list();
        });
        var sorted = new java.util.ArrayList<>(figures);
        sorted.sort(CaseFigure.IN_KEY_ORDER);
        return sorted;
    }

    private static Double hours(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        double seconds = rs.getDouble(column);
        return rs.wasNull() ? null : seconds / 3_600.0;
    }

    @Override
    public long countOpen(String category) {
        return transactions.withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM city_case WHERE category = :category AND is_open = TRUE")
                .bind("category", category).mapTo(Long.class).one());
    }

    private static UUID value(GridId id) {
        return id == null ? null : id.value();
    }

    private static UUID value(OrganizationId id) {
        return id == null ? null : id.value();
    }
}
