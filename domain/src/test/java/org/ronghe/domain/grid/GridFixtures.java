package org.ronghe.domain.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;

/**
 * A small town near Jiading's new city, 0.02° by 0.01° (about 1.9 km by 1.1 km), split into two area
 * grids (west and east), each into two village grids (south and north), each into two micro grids.
 */
final class GridFixtures {

    static final LocalDate DRAWN = LocalDate.of(2023, 3, 1);
    static final Instant NOW = Instant.parse("2023-03-01T02:00:00Z");
    static final double WEST = 121.24;
    static final double EAST = 121.26;
    static final double SOUTH = 31.37;
    static final double NORTH = 31.38;

    final OrganizationId town = organization();
    final OrganizationId otherTown = organization();
    final OrganizationId beiguan = organization();
    final OrganizationId honggang = organization();
    final OrganizationId neighbourVillage = organization();
    final OrganizationId department = organization();
    final Organizations organizations = new Organizations();

    GridFixtures() {
        organizations.add(town, OrganizationKind.TOWN_PARTY_COMMITTEE, null);
        organizations.add(otherTown, OrganizationKind.TOWN_PARTY_COMMITTEE, null);
        organizations.add(beiguan, OrganizationKind.VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION, town);
        organizations.add(honggang, OrganizationKind.VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION, town);
        organizations.add(neighbourVillage, OrganizationKind.VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION, otherTown);
        organizations.add(department, OrganizationKind.DEPARTMENT_PARTY_BODY, null);
    }

    static OrganizationId organization() {
        return new OrganizationId(UUID.randomUUID());
    }

    static Supplier<GridId> ids() {
        return () -> new GridId(UUID.randomUUID());
    }

    static Territory rectangle(double west, double south, double east, double north) {
        return Territory.ofPolygons("territory", List.of(List.of(List.of(new double[] {west, south},
                new double[] {east, south}, new double[] {east, north}, new double[] {west, north},
                new double[] {west, south}))));
    }

    static Territory townTerritory() {
        return rectangle(WEST, SOUTH, EAST, NORTH);
    }

    static GridCode code(String text) {
        return GridCode.parse("code", text);
    }

    static GridDraft draft(String code, String parent, Territory territory, OrganizationId responsible) {
        return new GridDraft(code(code), code + " 网格", parent == null ? null : code(parent), territory, responsible,
                List.of());
    }

    /** The whole plan: two areas, four villages (two per village organization), eight micro grids. */
    List<GridDraft> wholePlan() {
        List<GridDraft> drafts = new ArrayList<>();
        double middle = (WEST + EAST) / 2;
        double[][] areas = {{WEST, middle}, {middle, EAST}};
        int village = 0;
        int micro = 0;
        for (int a = 0; a < 2; a++) {
            String area = "NX-A0" + (a + 1);
            drafts.add(draft(area, null, rectangle(areas[a][0], SOUTH, areas[a][1], NORTH), town));
            double latMiddle = (SOUTH + NORTH) / 2;
            double[][] villages = {{SOUTH, latMiddle}, {latMiddle, NORTH}};
            for (double[] band : villages) {
                String villageCode = String.format("NX-V%02d", ++village);
                OrganizationId responsible = a == 0 ? beiguan : honggang;
                drafts.add(draft(villageCode, area, rectangle(areas[a][0], band[0], areas[a][1], band[1]), responsible));
                double lonMiddle = (areas[a][0] + areas[a][1]) / 2;
                drafts.add(draft(String.format("NX-M%03d", ++micro), villageCode, rectangle(areas[a][0], band[0], lonMiddle,
                        band[1]), responsible));
                drafts.add(draft(String.format("NX-M%03d", ++micro), villageCode, rectangle(lonMiddle, band[0], areas[a][1],
                        band[1]), responsible));
            }
        }
        return drafts;
    }

    GridPlan.Defining define(List<GridDraft> drafts) {
        return GridPlan.define(new GridPlanId(UUID.randomUUID()), town, "NX", townTerritory(), drafts, DRAWN, ids(),
                organizations, NOW);
    }

    GridPlan plan() {
        return define(wholePlan()).plan();
    }

    static List<GridDraft> replacing(List<GridDraft> drafts, String code, GridDraft replacement) {
        List<GridDraft> replaced = new ArrayList<>();
        for (GridDraft draft : drafts) {
            if (draft.code().value().equals(code)) {
                if (replacement != null) {
                    replaced.add(replacement);
                }
            } else {
                replaced.add(draft);
            }
        }
        return replaced;
    }

    static List<GridDraft> childrenOf(List<GridDraft> drafts, String parent) {
        return drafts.stream().filter(d -> parent == null ? d.parentCode() == null
                : d.parentCode() != null && d.parentCode().value().equals(parent)).toList();
    }

    /** A plan of the two area grids only. */
    GridPlan defineAreasOnly() {
        return define(childrenOf(wholePlan(), null)).plan();
    }

    /** The organizations as the application reads them for the rules. */
    static final class Organizations implements OrganizationFacts {
        private final Map<OrganizationId, OrganizationKind> kinds = new HashMap<>();
        private final Map<OrganizationId, OrganizationId> townOf = new HashMap<>();

        void add(OrganizationId organization, OrganizationKind kind, OrganizationId town) {
            kinds.put(organization, kind);
            if (town != null) {
                townOf.put(organization, town);
            }
        }

        void retire(OrganizationId organization) {
            kinds.remove(organization);
        }

        @Override
        public Optional<OrganizationKind> kindOf(OrganizationId organization) {
            return Optional.ofNullable(kinds.get(organization));
        }

        @Override
        public boolean sitsUnder(OrganizationId organization, OrganizationId town) {
            return town.equals(townOf.get(organization));
        }

        @Override
        public List<OrganizationId> villageOrganizationsOf(OrganizationId town) {
            return townOf.entrySet().stream().filter(e -> e.getValue().equals(town) && kinds.containsKey(e.getKey())
                    && kinds.get(e.getKey()) == OrganizationKind.VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION)
                    .map(Map.Entry::getKey).toList();
        }
    }
}
