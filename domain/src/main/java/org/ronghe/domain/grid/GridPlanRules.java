package org.ronghe.domain.grid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;

/**
 * The rules a town's grids keep on every day ("no omission, no dead corner", 无遗漏、无死角), checked on the
 * whole plan as a revision would leave it, each broken rule named with the grids at fault:
 * <ul>
 * <li>{@code grid-code-town}: a grid's code starts with its town's code;</li>
 * <li>{@code grid-parent-level}: an area grid lies in the town, a village grid in an area grid, a micro grid
 * in a village grid;</li>
 * <li>{@code grid-outside-parent}: every grid lies inside its parent;</li>
 * <li>{@code grids-overlap}: grids of one parent do not overlap;</li>
 * <li>{@code grid-gap}: the grids of one parent cover it exactly, the town's area grids the town;</li>
 * <li>{@code grid-without-responsible}: an active grid always has an organization that answers for it;</li>
 * <li>{@code grid-responsible-not-town}: the town answers for its area grids;</li>
 * <li>{@code grid-responsible-kind}, {@code grid-responsible-outside-town}: a village or micro grid is answered
 * for by a village or residential party organization under the grid's town;</li>
 * <li>{@code village-organization-without-grid}: once a town has village grids, every village and residential
 * organization under it answers for at least one.</li>
 * </ul>
 * Shapes are compared on the ground within {@link #TOLERANCE_SQUARE_METRES}.
 */
public final class GridPlanRules {

    /** Every rule a refusal may name (the plan's own checks of codes and parents among them). */
    public static final List<String> RULES = List.of("grid-code-town", "grid-code-taken", "grid-parent-level",
            "grid-outside-parent", "grids-overlap", "grid-gap", "grid-without-responsible", "grid-responsible-not-town",
            "grid-responsible-kind", "grid-responsible-outside-town", "village-organization-without-grid");

    /** How much overlap, gap or overhang is taken for rounding rather than a fault. */
    public static final double TOLERANCE_SQUARE_METRES = 1.0;

    private GridPlanRules() {
    }

    /** The problems of the town's grids as they stand on the day; empty when every rule holds. */
    public static List<GridProblem> check(OrganizationId town, String townCode, Territory townTerritory, List<Grid> grids,
            LocalDate day, OrganizationFacts organizations) {
        List<GridProblem> problems = new ArrayList<>();
        Map<GridId, Grid> active = new LinkedHashMap<>();
        grids.stream().filter(grid -> grid.activeOn(day)).forEach(grid -> active.put(grid.id(), grid));
        Map<GridId, List<Grid>> childrenOf = new LinkedHashMap<>();
        for (Grid grid : active.values()) {
            if (!grid.code().townCode().equals(townCode)) {
                problems.add(problem("grid-code-town", List.of(grid.code().value()), "a grid of " + townCode
                        + " has a code of another town", null));
            }
            GridLevel parentLevel = grid.level().parentLevel();
            Grid parent = grid.parent() == null ? null : active.get(grid.parent());
            if (parentLevel == null ? grid.parent() != null : parent == null || parent.level() != parentLevel) {
                problems.add(problem("grid-parent-level", List.of(grid.code().value()), parentLevel == null
                        ? "an area grid lies in the town, not in another grid"
                        : "a " + grid.level().name().toLowerCase(Locale.ROOT) + " grid lies in an active "
                                + parentLevel.name().toLowerCase(Locale.ROOT) + " grid", null));
                continue;
            }
            childrenOf.computeIfAbsent(grid.parent(), key -> new ArrayList<>()).add(grid);
        }
        responsibility(town, active.values(), day, organizations, problems);
        for (Map.Entry<GridId, List<Grid>> family : childrenOf.entrySet()) {
            Grid parent = family.getKey() == null ? null : active.get(family.getKey());
            String parentCode = parent == null ? townCode : parent.code().value();
            Territory parentTerritory = parent == null ? townTerritory : parent.territoryOn(day);
            shapes(parentCode, parentTerritory.geometry(), family.getValue(), day, problems);
        }
        return problems;
    }

    private static void responsibility(OrganizationId town, Iterable<Grid> grids, LocalDate day,
            OrganizationFacts organizations, List<GridProblem> problems) {
        Set<OrganizationId> answering = new HashSet<>();
        boolean hasVillageGrids = false;
        for (Grid grid : grids) {
            OrganizationId responsible = grid.responsibleOn(day);
            String code = grid.code().value();
            if (grid.level() == GridLevel.VILLAGE) {
                hasVillageGrids = true;
                if (responsible != null) {
                    answering.add(responsible);
                }
            }
            if (responsible == null) {
                problems.add(problem("grid-without-responsible", List.of(code), "no organization answers for it", null));
            } else if (grid.level() == GridLevel.AREA) {
                if (!responsible.equals(town)) {
                    problems.add(problem("grid-responsible-not-town", List.of(code), "the town answers for its area"
                            + " grids, not " + responsible, null));
                }
            } else if (organizations.kindOf(responsible).orElse(null)
                    != OrganizationKind.VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION) {
                problems.add(problem("grid-responsible-kind", List.of(code), responsible + " is not an active village or"
                        + " residential party organization", null));
            } else if (!organizations.sitsUnder(responsible, town)) {
                problems.add(problem("grid-responsible-outside-town", List.of(code), responsible
                        + " does not sit under the grid's town", null));
            }
        }
        if (hasVillageGrids) {
            for (OrganizationId village : organizations.villageOrganizationsOf(town)) {
                if (!answering.contains(village)) {
                    problems.add(problem("village-organization-without-grid", List.of(village.toString()),
                            "a village or residential organization of the town answers for no village grid", null));
                }
            }
        }
    }

    private static void shapes(String parentCode, Geometry parent, List<Grid> children, LocalDate day,
            List<GridProblem> problems) {
        List<Geometry> shapes = new ArrayList<>();
        STRtree index = new STRtree(); // of each child's position in the list
        for (Grid child : children) {
            Geometry shape = child.territoryOn(day).geometry();
            index.insert(shape.getEnvelopeInternal(), shapes.size());
            shapes.add(shape);
            double outside = EqualArea.squareMetres(shape.difference(parent));
            if (outside > TOLERANCE_SQUARE_METRES) {
                problems.add(problem("grid-outside-parent", List.of(child.code().value(), parentCode),
                        "lies partly outside " + parentCode, outside));
            }
        }
        for (int i = 0; i < shapes.size(); i++) {
            Geometry shape = shapes.get(i);
            for (Object found : index.query(shape.getEnvelopeInternal())) {
                int j = (Integer) found;
                if (j <= i) {
                    continue;
                }
                double overlap = EqualArea.squareMetres(shape.intersection(shapes.get(j)));
                if (overlap > TOLERANCE_SQUARE_METRES) {
                    problems.add(problem("grids-overlap", List.of(children.get(i).code().value(),
                            children.get(j).code().value()), "overlap", overlap));
                }
            }
        }
        double gap = EqualArea.squareMetres(parent.difference(UnaryUnionOp.union(shapes)));
        if (gap > TOLERANCE_SQUARE_METRES) {
            problems.add(problem("grid-gap", List.of(parentCode), "its grids leave part of it uncovered", gap));
        }
    }

    private static GridProblem problem(String rule, List<String> codes, String detail, Double squareMetres) {
        return new GridProblem(rule, codes, detail, squareMetres == null ? null : Math.round(squareMetres * 10) / 10.0);
    }
}
