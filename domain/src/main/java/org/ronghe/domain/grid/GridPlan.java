package org.ronghe.domain.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.jmolecules.ddd.types.AggregateRoot;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Days;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.UnknownReferenceException;

/**
 * A town's three-level grid (三级网格) with its history: the town's territory and every grid ever drawn in
 * it. Boundaries change as plans, not one polygon at a time: a revision redraws the grids of one parent
 * whole and is refused whole if the plan it leaves breaks a rule ({@link GridPlanRules}). The plan is the
 * unit of consistency because the rules tie a grid to its parent, its siblings and its children.
 */
public final class GridPlan implements AggregateRoot<GridPlan, GridPlanId> {

    private static final Pattern TOWN_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,11}");

    public record State(GridPlanId id, OrganizationId town, String townCode, List<Dated<Territory>> townTerritories,
            List<Grid> grids, long version) {

        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(town, "town");
            if (townCode == null || !TOWN_CODE.matcher(townCode).matches()) {
                throw new InvalidValueException("townCode", "must be 2 to 12 capital letters or digits, starting with"
                        + " a letter (e.g. NX)");
            }
            townTerritories = List.copyOf(townTerritories);
            grids = List.copyOf(grids);
            if (townTerritories.isEmpty()) {
                throw new IllegalArgumentException("a grid plan has the town's territory");
            }
        }
    }

    public record Defining(GridPlan plan, GridPlanDefined event) {
    }

    private State s;

    private GridPlan(State state) {
        this.s = state;
    }

    public static GridPlan restore(State state) {
        return new GridPlan(state);
    }

    /**
     * Draws a town's plan: its territory and its grids, from a day. Refused whole, naming every grid at
     * fault, if any rule breaks.
     */
    public static Defining define(GridPlanId id, OrganizationId town, String townCode, Territory townTerritory,
            List<GridDraft> drafts, LocalDate on, Supplier<GridId> ids, OrganizationFacts organizations, Instant now) {
        requireDay(on);
        if (townTerritory == null) {
            throw new InvalidValueException("townTerritory", "is required");
        }
        List<GridProblem> problems = new ArrayList<>();
        Map<GridCode, GridId> drawn = new HashMap<>();
        for (GridDraft draft : drafts) {
            if (drawn.putIfAbsent(draft.code(), ids.get()) != null) {
                problems.add(new GridProblem("grid-code-taken", List.of(draft.code().value()), "two grids have this code",
                        null));
            }
        }
        List<Grid> grids = new ArrayList<>();
        for (GridDraft draft : drafts) {
            GridId parent = draft.parentCode() == null ? null : drawn.get(draft.parentCode());
            if (draft.parentCode() != null && parent == null) {
                problems.add(new GridProblem("grid-parent-level", List.of(draft.code().value()), "lies in "
                        + draft.parentCode() + ", which the plan does not draw", null));
                continue;
            }
            grids.add(drawnGrid(drawn.get(draft.code()), draft, parent, on));
        }
        requireNoProblems(problems);
        var plan = new GridPlan(new State(id, town, townCode, List.of(new Dated<>(on, null, townTerritory)), grids, 0));
        plan.requireRulesHold(on, organizations);
        return new Defining(plan, new GridPlanDefined(id, town, townCode, plan.count(GridLevel.AREA, on),
                plan.count(GridLevel.VILLAGE, on), plan.count(GridLevel.MICRO, on), on, now));
    }

    /**
     * Redraws the grids of one parent from a day: a draft with the code of one of its grids keeps that grid
     * (a changed shape, name or responsible organization enters its history), a new code draws a new grid,
     * and a grid the revision leaves out is retired with every grid under it. Refused whole if the plan it
     * leaves breaks a rule.
     *
     * @param parentCode the parent grid, or null for the town's area grids
     */
    public GridChildrenRevised revise(GridCode parentCode, List<GridDraft> children, LocalDate on, Supplier<GridId> ids,
            OrganizationFacts organizations, Instant now) {
        requireDay(on);
        requireNotDatedBack(on);
        Grid parent = parentCode == null ? null : activeGrid(parentCode, on);
        if (parent != null && parent.level() == GridLevel.MICRO) {
            throw new InvalidValueException("parentCode", "a micro grid has no grids under it");
        }
        GridLevel childLevel = parent == null ? GridLevel.AREA : GridLevel.values()[parent.level().ordinal() + 1];
        Map<GridCode, Grid> current = new HashMap<>();
        for (Grid grid : s.grids()) {
            if (Objects.equals(grid.parent(), parent == null ? null : parent.id()) && grid.activeOn(on)) {
                current.put(grid.code(), grid);
            }
        }
        List<GridProblem> problems = new ArrayList<>();
        Set<GridCode> seen = new HashSet<>();
        for (GridDraft draft : children) {
            String code = draft.code().value();
            if (!seen.add(draft.code())) {
                problems.add(new GridProblem("grid-code-taken", List.of(code), "two grids have this code", null));
            } else if (!Objects.equals(draft.parentCode(), parentCode) || draft.level() != childLevel) {
                problems.add(new GridProblem("grid-parent-level", List.of(code), "a revision of "
                        + (parentCode == null ? s.townCode() : parentCode) + " draws its "
                        + childLevel.name().toLowerCase(java.util.Locale.ROOT) + " grids only", null));
            } else if (!current.containsKey(draft.code()) && grid(draft.code()).isPresent()) {
                problems.add(new GridProblem("grid-code-taken", List.of(code), "another grid, active or retired, has"
                        + " this code: a code is never given to a second grid", null));
            }
        }
        requireNoProblems(problems);
        List<String> drawn = new ArrayList<>();
        List<String> redrawn = new ArrayList<>();
        List<String> retired = new ArrayList<>();
        Set<GridId> retiring = new HashSet<>();
        Map<GridCode, GridDraft> byCode = new HashMap<>();
        children.forEach(draft -> byCode.put(draft.code(), draft));
        for (Grid grid : current.values()) {
            if (!byCode.containsKey(grid.code())) {
                retiring.addAll(subtree(grid.id(), on));
            }
        }
        List<Grid> next = new ArrayList<>();
        for (Grid grid : s.grids()) {
            if (retiring.contains(grid.id())) {
                next.add(grid.retired(on));
                retired.add(grid.code().value());
            } else if (current.containsKey(grid.code())) {
                Grid kept = grid.redrawn(byCode.get(grid.code()), on);
                if (!kept.equals(grid)) {
                    redrawn.add(grid.code().value());
                }
                next.add(kept);
            } else {
                next.add(grid);
            }
        }
        for (GridDraft draft : children) {
            if (!current.containsKey(draft.code())) {
                next.add(drawnGrid(ids.get(), draft, parent == null ? null : parent.id(), on));
                drawn.add(draft.code().value());
            }
        }
        requireRulesHold(next, on, organizations);
        s = withGrids(next);
        return new GridChildrenRevised(s.id(), s.town(), parentCode == null ? s.townCode() : parentCode.value(), drawn,
                redrawn, retired, on, now);
    }

    /**
     * Retires a grid and everything under it from a day: its parent's other grids stay as they are, so the
     * rules decide (a grid whose siblings would no longer cover their parent cannot go alone; the last grid
     * of its parent can, and the parent is then a leaf). The same as a revision of its parent leaving it out.
     */
    public GridChildrenRevised retire(GridCode code, LocalDate on, OrganizationFacts organizations, Instant now) {
        requireDay(on);
        Grid grid = activeGrid(code, on);
        Grid parent = grid.parent() == null ? null : s.grids().stream().filter(g -> g.id().equals(grid.parent()))
                .findFirst().orElseThrow();
        GridCode parentCode = parent == null ? null : parent.code();
        List<GridDraft> staying = s.grids().stream().filter(g -> Objects.equals(g.parent(), grid.parent())
                && g.activeOn(on) && !g.id().equals(grid.id())).map(g -> new GridDraft(g.code(), g.name(), parentCode,
                        g.territoryOn(on), g.responsibleOn(on), g.roles())).toList();
        return revise(parentCode, staying, on, () -> {
            throw new IllegalStateException("retiring draws no grid");
        }, organizations, now);
    }

    /** Another organization answers for the grid from a day; the rules of responsibility must hold after. */
    public GridResponsibilityAssigned assign(GridCode code, OrganizationId responsible, LocalDate on,
            OrganizationFacts organizations, Instant now) {
        requireDay(on);
        requireNotDatedBack(on);
        if (responsible == null) {
            throw new InvalidValueException("responsibleOrganizationId", "is required");
        }
        Grid grid = activeGrid(code, on);
        OrganizationId before = grid.responsibleOn(on);
        List<Grid> next = replaced(grid, grid.answeredForBy(responsible, on));
        requireRulesHold(next, on, organizations);
        s = withGrids(next);
        return new GridResponsibilityAssigned(s.id(), s.town(), code.value(), before, responsible, on, now);
    }

    /** Appoints the grid's chief and workers (the list replaces the one before; one chief at most). */
    public GridRolesAppointed appoint(GridCode code, List<GridRole> roles, LocalDate today, Instant now) {
        Grid grid = activeGrid(code, today);
        List<GridRole> appointed = GridRole.ofOneGrid(roles);
        s = withGrids(replaced(grid, grid.withRoles(appointed)));
        return new GridRolesAppointed(s.id(), s.town(), code.value(), appointed, now);
    }

    /** The grids active on the day, area grids first. */
    public List<Grid> activeOn(LocalDate day) {
        return s.grids().stream().filter(grid -> grid.activeOn(day)).sorted(Comparator.comparing(Grid::level)
                .thenComparing(grid -> grid.code().value())).toList();
    }

    /** The grid with the code, active or retired. */
    public Optional<Grid> grid(GridCode code) {
        return s.grids().stream().filter(grid -> grid.code().equals(code)).findFirst();
    }

    public Territory townTerritoryOn(LocalDate day) {
        return Dated.on(s.townTerritories(), day);
    }

    /** The problems of the plan as it stands on the day (none once it has been stored). */
    public List<GridProblem> problemsOn(LocalDate day, OrganizationFacts organizations) {
        Territory town = townTerritoryOn(day);
        return town == null ? List.of() : GridPlanRules.check(s.town(), s.townCode(), town, s.grids(), day, organizations);
    }

    /** The last day the plan changed: a change is dated on it or later. */
    public LocalDate lastChange() {
        LocalDate last = s.townTerritories().get(s.townTerritories().size() - 1).from();
        for (Grid grid : s.grids()) {
            for (LocalDate day : new LocalDate[] {grid.drawnOn(), grid.retiredOn(),
                    grid.territories().get(grid.territories().size() - 1).from(),
                    grid.responsibles().isEmpty() ? null : grid.responsibles().get(grid.responsibles().size() - 1).from()}) {
                if (day != null && day.isAfter(last)) {
                    last = day;
                }
            }
        }
        return last;
    }

    public void markStored(long storedVersion) {
        s = new State(s.id(), s.town(), s.townCode(), s.townTerritories(), s.grids(), storedVersion);
    }

    private State withGrids(List<Grid> grids) {
        return new State(s.id(), s.town(), s.townCode(), s.townTerritories(), grids, s.version());
    }

    private List<Grid> replaced(Grid grid, Grid by) {
        List<Grid> next = new ArrayList<>(s.grids());
        next.set(next.indexOf(grid), by);
        return next;
    }

    public State state() {
        return s;
    }

    @Override
    public GridPlanId getId() {
        return s.id();
    }

    public OrganizationId town() {
        return s.town();
    }

    public long version() {
        return s.version();
    }

    private int count(GridLevel level, LocalDate day) {
        return (int) activeOn(day).stream().filter(grid -> grid.level() == level).count();
    }

    private Grid activeGrid(GridCode code, LocalDate day) {
        return grid(code).filter(grid -> grid.activeOn(day))
                .orElseThrow(() -> new UnknownReferenceException("code", "active grid of " + s.townCode(), code));
    }

    private Set<GridId> subtree(GridId root, LocalDate day) {
        Set<GridId> ids = new HashSet<>(Set.of(root));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Grid grid : s.grids()) {
                if (grid.activeOn(day) && grid.parent() != null && ids.contains(grid.parent()) && ids.add(grid.id())) {
                    grew = true;
                }
            }
        }
        return ids;
    }

    private void requireRulesHold(LocalDate on, OrganizationFacts organizations) {
        requireRulesHold(s.grids(), on, organizations);
    }

    private void requireRulesHold(List<Grid> grids, LocalDate on, OrganizationFacts organizations) {
        requireNoProblems(GridPlanRules.check(s.town(), s.townCode(), townTerritoryOn(on), grids, on, organizations));
    }

    private void requireNotDatedBack(LocalDate on) {
        LocalDate last = lastChange();
        if (on.isBefore(last)) {
            throw new GridRevisionDatedBackException(on, last);
        }
    }

    private static void requireDay(LocalDate on) {
        if (on == null) {
            throw new InvalidValueException("on", "is required");
        }
        Days.plausible("on", on);
    }

    private static void requireNoProblems(List<GridProblem> problems) {
        if (!problems.isEmpty()) {
            throw new GridPlanRefusedException(problems);
        }
    }

    private static Grid drawnGrid(GridId id, GridDraft draft, GridId parent, LocalDate on) {
        return new Grid(id, draft.code(), draft.name(), parent, List.of(new Dated<>(on, null, draft.territory())),
                draft.responsible() == null ? List.of() : List.of(new Dated<>(on, null, draft.responsible())),
                draft.roles(), on, null);
    }

    /** The history with the value held from the day on (the same day's earlier value replaced). */
    static <T> List<Dated<T>> changed(List<Dated<T>> history, T value, LocalDate on) {
        Dated<T> last = history.isEmpty() ? null : history.get(history.size() - 1);
        if (last != null && Objects.equals(last.value(), value)) {
            return history;
        }
        List<Dated<T>> next = new ArrayList<>(history);
        if (last != null) {
            next.remove(next.size() - 1);
            if (last.from().isBefore(on)) {
                next.add(new Dated<>(last.from(), on, last.value()));
            }
        }
        if (value != null) {
            next.add(new Dated<>(on, null, value));
        }
        return next;
    }
}
