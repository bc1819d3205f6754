package org.ronghe.adapter.persistence.jdbi;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.ronghe.application.grid.port.out.GridPlans;
import org.ronghe.domain.grid.Dated;
import org.ronghe.domain.grid.Grid;
import org.ronghe.domain.grid.GridCode;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.grid.GridPlan;
import org.ronghe.domain.grid.GridPlanExistsException;
import org.ronghe.domain.grid.GridPlanId;
import org.ronghe.domain.grid.GridRole;
import org.ronghe.domain.grid.GridRoleKind;
import org.ronghe.domain.grid.Territory;
import org.ronghe.domain.organization.OrganizationId;

/**
 * A town's grid plan is one row: the town's territory and its grids with their history, as one JSON
 * document whose territories are well-known text (ADR 0017). The document is this adapter's format, not
 * the domain's records, so that a territory is stored as text and read back through its checks.
 */
final class JdbiGridPlans implements GridPlans {

    /** A value held from a day, as stored: the value as text. */
    record DatedText(LocalDate from, LocalDate until, String value) {
    }

    record StoredRole(GridRoleKind kind, String name, String position) {
    }

    record StoredGrid(UUID id, String code, String name, UUID parent, List<DatedText> territories,
            List<DatedText> responsibles, List<StoredRole> roles, LocalDate drawnOn, LocalDate retiredOn) {
    }

    record Document(List<DatedText> town, List<StoredGrid> grids) {
    }

    private final JdbiTransactions transactions;

    JdbiGridPlans(JdbiTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<GridPlan> findById(GridPlanId id) {
        return transactions.withHandle(h -> h.createQuery(
                "SELECT id, town_id, town_code, details, version FROM grid_plan WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> read(rs.getObject("id", UUID.class),
                        rs.getObject("town_id", UUID.class), rs.getString("town_code"), rs.getString("details"),
                        rs.getLong("version"))).findOne());
    }

    @Override
    public Optional<GridPlan> findByTown(OrganizationId town) {
        return transactions.withHandle(h -> h.createQuery(
                "SELECT id, town_id, town_code, details, version FROM grid_plan WHERE town_id = :town")
                .bind("town", town.value()).map((rs, ctx) -> read(rs.getObject("id", UUID.class),
                        rs.getObject("town_id", UUID.class), rs.getString("town_code"), rs.getString("details"),
                        rs.getLong("version"))).findOne());
    }

    @Override
    public List<GridPlan> all() {
        return transactions.withHandle(h -> h.createQuery(
                "SELECT id, town_id, town_code, details, version FROM grid_plan ORDER BY town_code, id")
                .map((rs, ctx) -> read(rs.getObject("id", UUID.class), rs.getObject("town_id", UUID.class),
                        rs.getString("town_code"), rs.getString("details"), rs.getLong("version"))).list());
    }

    @Override
    public Map<GridPlanId, Long> versions() {
        return transactions.withHandle(h -> {
            Map<GridPlanId, Long> versions = new LinkedHashMap<>();
            h.createQuery("SELECT id, version FROM grid_plan ORDER BY id").map((rs, ctx) -> Map.entry(
                    new GridPlanId(rs.getObject("id", UUID.class)), rs.getLong("version")))
                    .forEach(entry -> versions.put(entry.getKey(), entry.getValue()));
            return versions;
        });
    }

    @Override
    public void add(GridPlan plan) {
        var s = plan.state();
        try {
            transactions.write(h -> h.createUpdate("""
                    INSERT INTO grid_plan (id, town_id, town_code, details, version)
                    VALUES (:id, :town, :code, :details, 1)""")
                    .bind("id", s.id().value()).bind("town", s.town().value()).bind("code", s.townCode())
                    .bind("details", JsonDocuments.write(document(s))).execute());
        } catch (UnableToExecuteStatementException e) {
            if (SqlStates.names(e, "grid_plan_one_per_town")) {
                throw new GridPlanExistsException(s.town());
            }
            throw e;
        }
        plan.markStored(1);
    }

    @Override
    public void update(GridPlan plan) {
        var s = plan.state();
        VersionedUpdates.update(transactions, new VersionedUpdates.Head("grid_plan", "grid plan", plan.getId(),
                s.id().value(), plan.version()), "details = :details", u -> u.bind("details",
                        JsonDocuments.write(document(s))));
        plan.markStored(plan.version() + 1);
    }

    private static Document document(GridPlan.State s) {
        return new Document(texts(s.townTerritories(), Territory::wkt), s.grids().stream().map(grid -> new StoredGrid(
                grid.id().value(), grid.code().value(), grid.name(), grid.parent() == null ? null : grid.parent().value(),
                texts(grid.territories(), Territory::wkt), texts(grid.responsibles(), OrganizationId::toString),
                grid.roles().stream().map(r -> new StoredRole(r.kind(), r.name(), r.position())).toList(),
                grid.drawnOn(), grid.retiredOn())).toList());
    }

    private static GridPlan read(UUID id, UUID town, String townCode, String details, long version) {
        var document = JsonDocuments.read(details, Document.class);
        List<Grid> grids = document.grids().stream().map(g -> new Grid(new GridId(g.id()), new GridCode(g.code()),
                g.name(), g.parent() == null ? null : new GridId(g.parent()),
                values(g.territories(), wkt -> Territory.fromWkt("territory", wkt)),
                values(g.responsibles(), text -> new OrganizationId(UUID.fromString(text))),
                g.roles().stream().map(r -> new GridRole(r.kind(), r.name(), r.position())).toList(), g.drawnOn(),
                g.retiredOn())).toList();
        return GridPlan.restore(new GridPlan.State(new GridPlanId(id), new OrganizationId(town), townCode,
                values(document.town(), wkt -> Territory.fromWkt("territory", wkt)), grids, version));
    }

    private static <T> List<DatedText> texts(List<Dated<T>> history, Function<T, String> text) {
        return history.stream().map(d -> new DatedText(d.from(), d.until(), text.apply(d.value()))).toList();
    }

    private static <T> List<Dated<T>> values(List<DatedText> history, Function<String, T> value) {
        return history.stream().map(d -> new Dated<>(d.from(), d.until(), value.apply(d.value()))).toList();
    }
}
