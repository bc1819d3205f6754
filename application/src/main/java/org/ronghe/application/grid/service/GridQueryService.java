package org.ronghe.application.grid.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ronghe.application.grid.port.in.GridCoverage;
import org.ronghe.application.grid.port.in.GridCriteria;
import org.ronghe.application.grid.port.in.GridDetail;
import org.ronghe.application.grid.port.in.GridLocation;
import org.ronghe.application.grid.port.in.GridPlacement;
import org.ronghe.application.grid.port.in.GridPlanView;
import org.ronghe.application.grid.port.in.GridQueries;
import org.ronghe.application.grid.port.in.GridView;
import org.ronghe.application.grid.port.out.GridPlans;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.grid.Grid;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.grid.GridIndex;
import org.ronghe.domain.grid.GridLevel;
import org.ronghe.domain.grid.GridPlan;
import org.ronghe.domain.grid.GridPlanId;
import org.ronghe.domain.grid.GridProblem;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;

/**
 * Reads grids as of a day. The plans are read once per version of the store's plans and kept (one query
 * tells whether any plan changed, docs/adr/0008); the index that locates points is built once per kept
 * plans and day.
 */
public final class GridQueryService implements GridQueries {

    /** The plans as stored at a set of versions, with each grid's plan, and the last day's index. */
    private record Snapshot(Map<GridPlanId, Long> versions, List<GridPlan> plans, Map<GridId, GridPlan> planOf,
            LocalDate indexDay, GridIndex index) {

        Snapshot withIndex(LocalDate day, GridIndex index) {
            return new Snapshot(versions, plans, planOf, day, index);
        }
    }

    private final GridPlans plans;
    private final Organizations organizations;
    private final Transactions transactions;
    private final Clock clock;
    private volatile Snapshot snapshot;

    public GridQueryService(GridPlans plans, Organizations organizations, Transactions transactions, Clock clock) {
        this.plans = plans;
        this.organizations = organizations;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public GridPlanView plan(GridPlanId id, LocalDate asOf) {
        return transactions.inTransaction(() -> {
            var plan = plans.findById(id).orElseThrow(() -> new AggregateNotFoundException("grid plan", id));
            return GridViews.plan(plan, townName(plan), day(asOf));
        });
    }

    @Override
    public GridPlanView planOfTown(OrganizationId town, LocalDate asOf) {
        return transactions.inTransaction(() -> {
            var plan = plans.findByTown(town).orElseThrow(() -> new AggregateNotFoundException("grid plan of town", town));
            return GridViews.plan(plan, townName(plan), day(asOf));
        });
    }

    @Override
    public List<GridPlanView> plans() {
        var names = names();
        return current().plans().stream().map(plan -> GridViews.plan(plan, names.nameOf(plan.town()), clock.today()))
                .toList();
    }

    @Override
    public Page<GridView> grids(GridCriteria criteria, PageRequest page) {
        var all = matching(criteria.level(), criteria.town(), criteria.parent(), day(criteria.asOf()));
        int from = (int) Math.min(all.size(), page.offset());
        int to = Math.min(all.size(), from + page.size());
        return new Page<>(all.subList(from, to), page.page(), page.size(), all.size());
    }

    @Override
    public GridDetail grid(GridId id, LocalDate asOf) {
        return grid(current(), id, day(asOf), null);
    }

    /**
     * A grid with its parents, named from the facts given, or, when none are, from every organization (a locate
     * names only the few its grids need: reading them all on each signal was most of its cost).
     */
    private GridDetail grid(Snapshot current, GridId id, LocalDate day, OrganizationFactsOf given) {
        GridPlan plan = current.planOf().get(id);
        if (plan == null) {
            throw new AggregateNotFoundException("grid", id);
        }
        Grid grid = gridOf(plan, id);
        var names = given != null ? given : names();
        List<GridView> parents = new ArrayList<>();
        for (GridId parent = grid.parent(); parent != null; parent = gridOf(plan, parent).parent()) {
            parents.add(GridViews.grid(plan, gridOf(plan, parent), day, names));
        }
        return new GridDetail(GridViews.grid(plan, grid, day, names), parents);
    }

    @Override
    public List<GridView> territories(GridLevel level, OrganizationId town, LocalDate asOf) {
        return matching(level, town, null, day(asOf));
    }

    @Override
    public Optional<GridLocation> locate(double longitude, double latitude, LocalDate asOf) {
        LocalDate day = day(asOf);
        var located = current();
        return indexOn(located, day).locate(longitude, latitude).map(found -> {
            var detail = grid(located, found.id(), day, namesFor(located.planOf().get(found.id()), found.id(), day));
            GridView[] byLevel = new GridView[GridLevel.values().length];
            byLevel[found.level().ordinal()] = detail.grid();
            detail.parents().forEach(parent -> byLevel[parent.grid().level().ordinal()] = parent);
            return new GridLocation(byLevel[GridLevel.MICRO.ordinal()], byLevel[GridLevel.VILLAGE.ordinal()],
                    byLevel[GridLevel.AREA.ordinal()]);
        });
    }

    @Override
    public Optional<GridPlacement> place(double longitude, double latitude, LocalDate asOf) {
        LocalDate day = day(asOf);
        var current = current();
        return indexOn(current, day).locate(longitude, latitude).map(found -> {
            GridPlan plan = current.planOf().get(found.id());
            Grid[] byLevel = new Grid[GridLevel.values().length];
            for (Grid at = found; at != null; at = at.parent() == null ? null : gridOf(plan, at.parent())) {
                byLevel[at.level().ordinal()] = at;
            }
            Grid micro = byLevel[GridLevel.MICRO.ordinal()];
            Grid village = byLevel[GridLevel.VILLAGE.ordinal()];
            Grid area = byLevel[GridLevel.AREA.ordinal()];
            return new GridPlacement(idOf(micro), codeOf(micro), idOf(village), codeOf(village), idOf(area),
                    codeOf(area), plan.town());
        });
    }

    private static GridId idOf(Grid grid) {
        return grid == null ? null : grid.id();
    }

    private static String codeOf(Grid grid) {
        return grid == null ? null : grid.code().value();
    }

    /** The index of the grids active on the day, built once per day and set of plans. */
    private GridIndex indexOn(Snapshot current, LocalDate day) {
        GridIndex index = current.index();
        if (index == null || !day.equals(current.indexDay())) {
            List<Grid> active = new ArrayList<>();
            current.plans().forEach(plan -> active.addAll(plan.activeOn(day)));
            index = new GridIndex(active, day);
            snapshot = current.withIndex(day, index);
        }
        return index;
    }

    @Override
    public GridCoverage coverage(OrganizationId town, LocalDate asOf) {
        LocalDate day = day(asOf);
        var facts = transactions.inTransaction(() -> OrganizationFactsOf.read(organizations));
        var current = current();
        // checking every plan takes a second for a district: kept while neither the plans nor the organizations
        // (whose kinds and places the rules read) have changed
        var key = new CoverageKey(current.versions(), facts.versions(), town, day);
        var kept = lastCoverage;
        if (kept != null && kept.key().equals(key)) {
            return kept.coverage();
        }
        var coverage = coverage(current, facts, town, day);
        lastCoverage = new KeptCoverage(key, coverage);
        return coverage;
    }

    private record CoverageKey(Map<GridPlanId, Long> plans, Map<OrganizationId, Long> organizations,
            OrganizationId town, LocalDate day) {
    }

    private record KeptCoverage(CoverageKey key, GridCoverage coverage) {
    }

    private volatile KeptCoverage lastCoverage;

    private GridCoverage coverage(Snapshot current, OrganizationFactsOf facts, OrganizationId town, LocalDate day) {
        int towns = 0;
        int[] counts = new int[GridLevel.values().length];
        double squareMetres = 0;
        List<GridProblem> gaps = new ArrayList<>();
        List<GridProblem> overlaps = new ArrayList<>();
        List<GridProblem> outside = new ArrayList<>();
        List<String> withoutResponsible = new ArrayList<>();
        List<GridCoverage.OrganizationRef> withoutGrid = new ArrayList<>();
        List<GridProblem> other = new ArrayList<>();
        for (GridPlan plan : current.plans()) {
            if ((town != null && !plan.town().equals(town)) || plan.townTerritoryOn(day) == null) {
                continue;
            }
            towns++;
            squareMetres += plan.townTerritoryOn(day).squareMetres();
            plan.activeOn(day).forEach(grid -> counts[grid.level().ordinal()]++);
            for (GridProblem problem : plan.problemsOn(day, facts)) {
                switch (problem.rule()) {
                    case "grid-gap" -> gaps.add(problem);
                    case "grids-overlap" -> overlaps.add(problem);
                    case "grid-outside-parent" -> outside.add(problem);
                    case "grid-without-responsible" -> withoutResponsible.addAll(problem.codes());
                    case "village-organization-without-grid" -> problem.codes().forEach(id -> withoutGrid.add(
                            new GridCoverage.OrganizationRef(OrganizationId.parse("id", id),
                                    facts.nameOf(OrganizationId.parse("id", id)))));
                    default -> other.add(problem);
                }
            }
        }
        return new GridCoverage(town, day, towns, counts[0], counts[1], counts[2], GridViews.squareKilometres(squareMetres),
                gaps, overlaps, outside, withoutResponsible, withoutGrid, other);
    }

    private List<GridView> matching(GridLevel level, OrganizationId town, GridId parent, LocalDate day) {
        var names = names();
        List<GridView> views = new ArrayList<>();
        for (GridPlan plan : current().plans()) { // by town code, as the port lists them
            if (town != null && !plan.town().equals(town)) {
                continue;
            }
            for (Grid grid : plan.activeOn(day)) {
                if ((level == null || grid.level() == level) && (parent == null || parent.equals(grid.parent()))) {
                    views.add(GridViews.grid(plan, grid, day, names));
                }
            }
        }
        return views;
    }

    private Snapshot current() {
        return transactions.inTransaction(() -> {
            var versions = plans.versions();
            Snapshot kept = snapshot;
            if (kept != null && kept.versions().equals(versions)) {
                return kept;
            }
            var all = plans.all();
            Map<GridId, GridPlan> planOf = new HashMap<>();
            all.forEach(plan -> plan.state().grids().forEach(grid -> planOf.put(grid.id(), plan)));
            Snapshot fresh = new Snapshot(versions, List.copyOf(all), planOf, null, null);
            snapshot = fresh;
            return fresh;
        });
    }

    private String townName(GridPlan plan) {
        return organizations.findById(plan.town()).map(town -> town.name().zh()).orElse(null);
    }

    /** The organizations a grid and its parents name on the day: its town and those answering for them. */
    private OrganizationFactsOf namesFor(GridPlan plan, GridId id, LocalDate day) {
        if (plan == null) {
            return null;
        }
        java.util.Set<OrganizationId> named = new java.util.LinkedHashSet<>();
        named.add(plan.town());
        for (GridId at = id; at != null; at = gridOf(plan, at).parent()) {
            var responsible = gridOf(plan, at).responsibleOn(day);
            if (responsible != null) {
                named.add(responsible);
            }
        }
        return transactions.inTransaction(() -> new OrganizationFactsOf(named.stream()
                .map(organizations::findById).flatMap(Optional::stream).toList()));
    }

    private OrganizationFactsOf names() {
        return transactions.inTransaction(() -> OrganizationFactsOf.read(organizations));
    }

    private LocalDate day(LocalDate asOf) {
        return asOf == null ? clock.today() : asOf;
    }

    private static Grid gridOf(GridPlan plan, GridId id) {
        return plan.state().grids().stream().filter(grid -> grid.id().equals(id)).findFirst().orElseThrow();
    }
}
