package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ronghe.application.grid.port.in.DefineGridPlanCommand;
import org.ronghe.application.grid.port.in.GridChange;
import org.ronghe.application.grid.port.in.GridCoverage;
import org.ronghe.application.grid.port.in.GridCriteria;
import org.ronghe.application.grid.port.in.GridPlanView;
import org.ronghe.application.grid.port.in.GridView;
import org.ronghe.application.organization.port.in.OrganizationChange;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.grid.GridCode;
import org.ronghe.domain.grid.GridDraft;
import org.ronghe.domain.grid.GridLevel;
import org.ronghe.domain.grid.GridPlanExistsException;
import org.ronghe.domain.grid.GridPlanRefusedException;
import org.ronghe.domain.grid.GridRole;
import org.ronghe.domain.grid.GridRoleKind;
import org.ronghe.domain.grid.Territory;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.StaleVersionException;
import org.ronghe.domain.shared.UnknownReferenceException;

/** A town's grids drawn, revised and read as of a day, through the use cases on the in-memory adapter. */
class GridUseCasesTest {

    private static final LocalDate DRAWN = LocalDate.of(2023, 3, 1);
    private static final double WEST = 121.24;
    private static final double EAST = 121.26;
    private static final double SOUTH = 31.37;
    private static final double NORTH = 31.38;
    private static final double MIDDLE = 121.25;
    private static final double LAT_MIDDLE = 31.375;

    private final OnMemory memory = new OnMemory();
    private final OrganizationView district = memory.register("DISTRICT_PARTY_COMMITTEE", "区委", null);
    private final OrganizationView nanxiang = memory.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
    private final OrganizationView malu = memory.register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district);
    private final OrganizationView beiguan = memory.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "北管村党总支",
            nanxiang);
    private final OrganizationView honggang = memory.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "红岗村党支部",
            nanxiang);

    @AfterEach
    void close() {
        memory.close();
    }

    private static Territory rectangle(double west, double south, double east, double north) {
        return Territory.ofPolygons("territory", List.of(List.of(List.of(new double[] {west, south},
                new double[] {east, south}, new double[] {east, north}, new double[] {west, north},
                new double[] {west, south}))));
    }

    private static GridCode code(String text) {
        return GridCode.parse("code", text);
    }

    private static GridDraft draft(String code, String parent, Territory territory, OrganizationId responsible) {
        return new GridDraft(code(code), code + "网格", parent == null ? null : code(parent), territory, responsible,
                List.of());
    }

    /** 南翔: two area grids, four village grids (two each for 北管村 and 红岗村), eight micro grids. */
    private List<GridDraft> wholePlan() {
        List<GridDraft> drafts = new ArrayList<>();
        double[][] areas = {{WEST, MIDDLE}, {MIDDLE, EAST}};
        int village = 0;
        int micro = 0;
        for (int a = 0; a < 2; a++) {
            String area = "NX-A0" + (a + 1);
            drafts.add(draft(area, null, rectangle(areas[a][0], SOUTH, areas[a][1], NORTH), nanxiang.id()));
            for (double[] band : new double[][] {{SOUTH, LAT_MIDDLE}, {LAT_MIDDLE, NORTH}}) {
                String villageCode = String.format("NX-V%02d", ++village);
                OrganizationId responsible = a == 0 ? beiguan.id() : honggang.id();
                drafts.add(draft(villageCode, area, rectangle(areas[a][0], band[0], areas[a][1], band[1]), responsible));
                double lonMiddle = (areas[a][0] + areas[a][1]) / 2;
                drafts.add(draft(String.format("NX-M%03d", ++micro), villageCode,
                        rectangle(areas[a][0], band[0], lonMiddle, band[1]), responsible));
                drafts.add(draft(String.format("NX-M%03d", ++micro), villageCode,
                        rectangle(lonMiddle, band[0], areas[a][1], band[1]), responsible));
            }
        }
        return drafts;
    }

    private GridPlanView define(Caller caller) {
        return memory.ronghe.grids().commands().define(caller, new DefineGridPlanCommand(nanxiang.id(), "NX",
                rectangle(WEST, SOUTH, EAST, NORTH), wholePlan(), DRAWN));
    }

    @Test
    void a_towns_operator_draws_its_plan_and_the_counts_and_area_come_out_of_the_geometry() {
        var operator = memory.operatorOf(nanxiang);
        int entries = memory.auditEntries();

        var plan = define(operator);

        assertThat(plan.townName()).isEqualTo("南翔镇党委");
        assertThat(plan.townCode()).isEqualTo("NX");
        assertThat(List.of(plan.areaGrids(), plan.villageGrids(), plan.microGrids())).containsExactly(2, 4, 8);
        assertThat(plan.squareKilometres()).isEqualTo(2.11);
        assertThat(plan.version()).isEqualTo(1);
        assertThat(memory.ronghe.grids().queries().planOfTown(nanxiang.id(), null)).isEqualTo(plan);
        assertThat(memory.auditEntries()).isEqualTo(entries + 1);
        assertThat(memory.auditOf(plan.id().toString())).singleElement().satisfies(entry -> {
            assertThat(entry.eventType()).isEqualTo("GridPlanDefined");
            assertThat(entry.changes()).contains(new FieldChange("microGrids", null, "8"),
                    new FieldChange("townCode", null, "NX"));
        });
    }

    @Test
    void only_the_towns_own_operators_or_an_admin_draw_its_grids_and_a_town_has_one_plan() {
        assertThatThrownBy(() -> define(memory.operatorOf(malu))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> define(memory.operatorOf(beiguan))).isInstanceOf(AccessDeniedException.class);
        var plan = define(OnMemory.ADMIN);

        assertThatThrownBy(() -> define(OnMemory.ADMIN)).isInstanceOf(GridPlanExistsException.class);
        assertThatThrownBy(() -> memory.ronghe.grids().commands().change(memory.operatorOf(malu),
                new GridChange.Appoint(plan.id(), 1, code("NX-M001"), List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThat(memory.ronghe.grids().queries().plan(plan.id(), null).version()).isEqualTo(1);
    }

    @Test
    void a_plan_is_drawn_for_an_active_town_party_committee_only() {
        assertThatThrownBy(() -> memory.ronghe.grids().commands().define(OnMemory.ADMIN, new DefineGridPlanCommand(
                beiguan.id(), "BG", rectangle(WEST, SOUTH, EAST, NORTH), List.of(), DRAWN)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("town party committee");
        assertThatThrownBy(() -> memory.ronghe.grids().commands().define(OnMemory.ADMIN, new DefineGridPlanCommand(
                new OrganizationId(java.util.UUID.randomUUID()), "XX", rectangle(WEST, SOUTH, EAST, NORTH), List.of(),
                DRAWN))).isInstanceOf(UnknownReferenceException.class);
        assertThatThrownBy(() -> new DefineGridPlanCommand(null, "NX", null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("townId");
    }

    @Test
    void a_revision_that_breaks_a_rule_is_refused_whole_and_leaves_the_plan_and_the_audit_trail_as_they_were() {
        var plan = define(OnMemory.ADMIN);
        int entries = memory.auditEntries();

        assertThatThrownBy(() -> memory.ronghe.grids().commands().change(OnMemory.ADMIN, new GridChange.Revise(plan.id(), 1,
                null, List.of(draft("NX-A01", null, rectangle(WEST, SOUTH, MIDDLE, NORTH), nanxiang.id())),
                DRAWN.plusDays(1)))).isInstanceOf(GridPlanRefusedException.class).satisfies(e -> assertThat(
                        ((GridPlanRefusedException) e).problems()).anySatisfy(p -> assertThat(p.rule()).isEqualTo("grid-gap")));

        assertThat(memory.ronghe.grids().queries().plan(plan.id(), null)).isEqualTo(plan);
        assertThat(memory.auditEntries()).isEqualTo(entries);
    }

    @Test
    void each_change_names_the_version_it_was_based_on_and_leaves_one_audit_entry_saying_what_changed() {
        var plan = define(OnMemory.ADMIN);
        var later = DRAWN.plusMonths(3);
        var operator = memory.operatorOf(nanxiang);

        var assigned = memory.ronghe.grids().commands().change(operator, new GridChange.Assign(plan.id(), 1,
                code("NX-V02"), honggang.id(), later));
        var appointed = memory.ronghe.grids().commands().change(operator, new GridChange.Appoint(plan.id(), 2,
                code("NX-V02"), List.of(new GridRole(GridRoleKind.CHIEF, "张伟", "村党支部书记"))));

        assertThat(appointed.version()).isEqualTo(3);
        assertThat(assigned.lastChange()).isEqualTo(later);
        assertThatThrownBy(() -> memory.ronghe.grids().commands().change(operator, new GridChange.Appoint(plan.id(), 2,
                code("NX-V02"), List.of()))).isInstanceOf(StaleVersionException.class);
        var trail = memory.auditOf(plan.id().toString());
        assertThat(trail).extracting(entry -> entry.eventType()).containsExactlyInAnyOrder(
                "GridPlanDefined", "GridResponsibilityAssigned", "GridRolesAppointed");
        assertThat(trail).filteredOn(entry -> entry.eventType().equals("GridResponsibilityAssigned")).singleElement()
                .satisfies(entry -> assertThat(entry.changes()).contains(new FieldChange("responsibleOrganizationId",
                        beiguan.id().toString(), honggang.id().toString())));
        assertThat(trail).filteredOn(entry -> entry.eventType().equals("GridRolesAppointed")).singleElement()
                .satisfies(entry -> assertThat(entry.changes()).containsExactly(new FieldChange("code", null, "NX-V02"),
                        new FieldChange("roles", null, "CHIEF:张伟")));
        var grid = memory.ronghe.grids().queries().grids(new GridCriteria(GridLevel.VILLAGE, null, null, later),
                PageRequest.first()).items().stream().filter(v -> v.grid().code().value().equals("NX-V02")).findFirst()
                .orElseThrow();
        assertThat(grid.responsibleName()).isEqualTo("红岗村党支部");
        assertThat(grid.grid().roles()).extracting(GridRole::name).containsExactly("张伟");
        var before = memory.ronghe.grids().queries().grid(grid.grid().id(), later.minusDays(1));
        assertThat(before.grid().responsibleName()).isEqualTo("北管村党总支");
    }

    @Test
    void a_village_grid_answers_to_a_village_organization_of_its_own_town_not_of_another() {
        var plan = define(OnMemory.ADMIN);
        var dayu = memory.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "大裕村党总支", malu);

        // 北管村 keeps NX-V01, so giving NX-V02 to a village of 马陆 breaks only the town's boundary
        assertThatThrownBy(() -> memory.ronghe.grids().commands().change(OnMemory.ADMIN, new GridChange.Assign(
                plan.id(), 1, code("NX-V02"), dayu.id(), DRAWN.plusDays(1))))
                .isInstanceOf(GridPlanRefusedException.class)
                .satisfies(e -> assertThat(((GridPlanRefusedException) e).problems())
                        .anySatisfy(problem -> {
                            assertThat(problem.rule()).isEqualTo("grid-responsible-outside-town");
                            assertThat(problem.codes()).containsExactly("NX-V02");
                        }));
        assertThat(memory.ronghe.grids().queries().plan(plan.id(), null)).isEqualTo(plan);
    }

    @Test
    void every_active_village_organization_of_the_town_answers_for_a_village_grid_and_no_other_counts() {
        define(OnMemory.ADMIN);
        var queries = memory.ronghe.grids().queries();
        var newVillage = memory.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "新建村党支部", nanxiang);
        var retired = memory.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "撤并村党支部", nanxiang);
        memory.ronghe.organizations().commands().change(OnMemory.ADMIN, new OrganizationChange.Retire(retired.id(), 1));
        memory.register("ENTERPRISE_PARTY_ORGANIZATION", "南翔某企业党支部", nanxiang);
        memory.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "大裕村党总支", malu);

        var coverage = queries.coverage(nanxiang.id(), DRAWN);

        assertThat(coverage.organizationsWithoutGrid()).extracting(GridCoverage.OrganizationRef::name)
                .containsExactly(newVillage.name());
        assertThat(coverage.holds()).isFalse();
    }

    @Test
    void grids_are_listed_by_level_town_and_parent_with_the_names_a_person_reads_beside_the_ids() {
        define(OnMemory.ADMIN);
        var queries = memory.ronghe.grids().queries();

        var micro = queries.grids(new GridCriteria(GridLevel.MICRO, nanxiang.id(), null, DRAWN), new PageRequest(2, 3));
        assertThat(micro.totalItems()).isEqualTo(8);
        assertThat(micro.items()).extracting(v -> v.grid().code().value()).containsExactly("NX-M004", "NX-M005",
                "NX-M006");
        assertThat(micro.items().get(0)).satisfies(v -> {
            assertThat(v.townName()).isEqualTo("南翔镇党委");
            assertThat(v.parentCode()).isEqualTo("NX-V02");
            assertThat(v.responsibleName()).isEqualTo("北管村党总支");
            assertThat(v.active()).isTrue();
        });
        var v01 = queries.grids(new GridCriteria(GridLevel.VILLAGE, null, null, DRAWN), PageRequest.first()).items().get(0);
        assertThat(queries.grids(new GridCriteria(null, null, v01.grid().id(), DRAWN), PageRequest.first()).items())
                .extracting(v -> v.grid().code().value()).containsExactly("NX-M001", "NX-M002");
        assertThat(queries.grids(new GridCriteria(null, malu.id(), null, DRAWN), PageRequest.first()).items()).isEmpty();
        assertThat(queries.grids(new GridCriteria(null, null, null, DRAWN.minusDays(1)), PageRequest.first()).items())
                .as("before the plan was drawn").isEmpty();
        assertThat(queries.territories(GridLevel.AREA, null, DRAWN)).extracting(GridView::parentCode)
                .containsExactly("NX", "NX");
    }

    @Test
    void a_grid_reads_with_its_parents_the_nearest_first() {
        define(OnMemory.ADMIN);
        var queries = memory.ronghe.grids().queries();
        var m003 = queries.territories(GridLevel.MICRO, null, DRAWN).stream()
                .filter(v -> v.grid().code().value().equals("NX-M003")).findFirst().orElseThrow();

        var detail = queries.grid(m003.grid().id(), DRAWN);

        assertThat(detail.grid().territory()).isEqualTo(rectangle(WEST, LAT_MIDDLE, (WEST + MIDDLE) / 2, NORTH));
        assertThat(detail.parents()).extracting(v -> v.grid().code().value()).containsExactly("NX-V02", "NX-A01");
        assertThatThrownBy(() -> queries.grid(new org.ronghe.domain.grid.GridId(java.util.UUID.randomUUID()), DRAWN))
                .isInstanceOf(org.ronghe.domain.shared.AggregateNotFoundException.class);
    }

    @Test
    void a_point_is_located_in_its_micro_grid_with_its_village_and_area_and_one_on_a_shared_edge_always_gets_the_first_code() {
        define(OnMemory.ADMIN);
        var queries = memory.ronghe.grids().queries();

        var inside = queries.locate(121.255, 31.378, DRAWN).orElseThrow();
        assertThat(List.of(inside.micro().grid().code().value(), inside.village().grid().code().value(),
                inside.area().grid().code().value())).containsExactly("NX-M007", "NX-V04", "NX-A02");
        assertThat(inside.micro().townName()).isEqualTo("南翔镇党委");
        for (int i = 0; i < 3; i++) {
            assertThat(queries.locate(MIDDLE, LAT_MIDDLE, DRAWN).orElseThrow().micro().grid().code().value())
                    .isEqualTo("NX-M002");
        }
        assertThat(queries.locate(121.30, 31.378, DRAWN)).as("outside every grid").isEmpty();
        assertThat(inside.micro().grid().code().value()).isEqualTo("NX-M007");
        assertThat(queries.locate(121.255, 31.378, DRAWN.minusDays(1))).as("before the plan").isEmpty();
    }

    @Test
    void a_point_is_placed_by_the_ids_and_codes_of_its_grids_and_its_town_the_same_grids_it_is_located_in() {
        define(OnMemory.ADMIN);
        var queries = memory.ronghe.grids().queries();

        var placed = queries.place(121.255, 31.378, DRAWN).orElseThrow();
        var located = queries.locate(121.255, 31.378, DRAWN).orElseThrow();

        assertThat(List.of(placed.microCode(), placed.villageCode(), placed.areaCode()))
                .containsExactly("NX-M007", "NX-V04", "NX-A02");
        assertThat(List.of(placed.microGrid(), placed.villageGrid(), placed.areaGrid())).containsExactly(
                located.micro().grid().id(), located.village().grid().id(), located.area().grid().id());
        assertThat(placed.town()).isEqualTo(nanxiang.id());
        assertThat(queries.place(121.30, 31.378, DRAWN)).as("outside every grid").isEmpty();
        assertThat(queries.place(121.255, 31.378, DRAWN.minusDays(1))).as("before the plan").isEmpty();
    }

    @Test
    void where_a_town_has_drawn_its_area_grids_only_a_point_is_placed_in_its_area_grid_with_no_lower_levels() {
        memory.ronghe.grids().commands().define(OnMemory.ADMIN, new DefineGridPlanCommand(nanxiang.id(), "NX",
                rectangle(WEST, SOUTH, EAST, NORTH), wholePlan().stream().filter(d -> d.parentCode() == null).toList(),
                DRAWN));

        var placed = memory.ronghe.grids().queries().place(121.255, 31.378, DRAWN).orElseThrow();

        assertThat(placed.areaCode()).isEqualTo("NX-A02");
        assertThat(List.of(Optional.ofNullable(placed.villageGrid()), Optional.ofNullable(placed.microGrid())))
                .containsOnly(Optional.empty());
    }

    @Test
    void where_a_town_has_drawn_its_area_grids_only_a_point_is_located_in_its_area_grid_with_no_lower_levels() {
        memory.ronghe.grids().commands().define(OnMemory.ADMIN, new DefineGridPlanCommand(nanxiang.id(), "NX",
                rectangle(WEST, SOUTH, EAST, NORTH), wholePlan().stream().filter(d -> d.parentCode() == null).toList(),
                DRAWN));

        var location = memory.ronghe.grids().queries().locate(121.255, 31.378, DRAWN).orElseThrow();

        assertThat(location.area().grid().code().value()).isEqualTo("NX-A02");
        assertThat(location.village()).isNull();
        assertThat(location.micro()).isNull();
    }

    @Test
    void the_coverage_report_counts_and_measures_and_names_what_breaks_no_omission_no_dead_corner() {
        define(OnMemory.ADMIN);
        var queries = memory.ronghe.grids().queries();

        var report = queries.coverage(null, DRAWN);
        assertThat(List.of(report.towns(), report.areaGrids(), report.villageGrids(), report.microGrids()))
                .containsExactly(1, 2, 4, 8);
        assertThat(report.squareKilometres()).isEqualTo(2.11);
        assertThat(report.holds()).isTrue();
        assertThat(queries.coverage(null, DRAWN)).as("kept while nothing changed").isSameAs(report);
        assertThat(queries.coverage(malu.id(), DRAWN).towns()).isZero();

        // 红岗村 merges into a residential committee elsewhere: its grids now have no village organization
        // answering for them, which the report shows until the grids are reassigned
        var moved = memory.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "红岗居委", malu);
        memory.ronghe.organizations().commands().change(OnMemory.ADMIN, new OrganizationChange.Retire(honggang.id(), 1));
        var after = queries.coverage(nanxiang.id(), DRAWN);
        assertThat(after.holds()).isFalse();
        assertThat(after.otherProblems()).extracting(p -> p.rule()).containsOnly("grid-responsible-kind").hasSize(6);
        assertThat(moved.id()).isNotNull();
    }
}
