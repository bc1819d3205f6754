package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ronghe.application.grid.port.in.DefineGridPlanCommand;
import org.ronghe.application.grid.port.in.GridChange;
import org.ronghe.application.grid.port.in.GridCriteria;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.grid.GridCode;
import org.ronghe.domain.grid.GridDraft;
import org.ronghe.domain.grid.GridLevel;
import org.ronghe.domain.grid.GridPlanId;
import org.ronghe.domain.grid.Territory;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.InvalidValueException;

/** Plans revised over time and read back as of any day; changes that name nothing are refused before any read. */
class GridRevisionsUseCasesTest {

    private static final LocalDate DRAWN = LocalDate.of(2023, 3, 1);
    private static final LocalDate REVISED = LocalDate.of(2023, 9, 1);

    private final OnMemory memory = new OnMemory();
    private final OrganizationView district = memory.register("DISTRICT_PARTY_COMMITTEE", "区委", null);
    private final OrganizationView nanxiang = memory.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
    private final OrganizationView malu = memory.register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district);
    private final OrganizationView beiguan = memory.register("VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "北管村党总支",
            nanxiang);

    @AfterEach
    void close() {
        memory.close();
    }

    private static Territory rectangle(double west, double east) {
        return Territory.ofPolygons("territory", List.of(List.of(List.of(new double[] {west, 31.37},
                new double[] {east, 31.37}, new double[] {east, 31.38}, new double[] {west, 31.38},
                new double[] {west, 31.37}))));
    }

    private static GridDraft draft(String code, String parent, Territory territory, OrganizationId responsible) {
        return new GridDraft(GridCode.parse("code", code), code + "网格", parent == null ? null
                : GridCode.parse("parentCode", parent), territory, responsible, List.of());
    }

    private GridPlanId nanxiangPlan() {
        return memory.ronghe.grids().commands().define(OnMemory.ADMIN, new DefineGridPlanCommand(nanxiang.id(), "NX",
                rectangle(121.24, 121.26), List.of(draft("NX-A01", null, rectangle(121.24, 121.26), nanxiang.id()),
                        draft("NX-V01", "NX-A01", rectangle(121.24, 121.25), beiguan.id()),
                        draft("NX-V02", "NX-A01", rectangle(121.25, 121.26), beiguan.id())), DRAWN)).id();
    }

    @Test
    void a_revision_leaves_one_audit_entry_naming_the_grids_it_drew_kept_and_retired() {
        var plan = nanxiangPlan();

        memory.ronghe.grids().commands().change(OnMemory.ADMIN, new GridChange.Revise(plan, 1, GridCode.parse("code",
                "NX-A01"), List.of(draft("NX-V03", "NX-A01", rectangle(121.24, 121.25), beiguan.id()),
                        draft("NX-V02", "NX-A01", rectangle(121.25, 121.26), beiguan.id())), REVISED));

        var revision = memory.auditOf(plan.toString()).stream().filter(e -> e.eventType().equals("GridChildrenRevised"))
                .findFirst().orElseThrow();
        assertThat(revision.changes()).contains(new FieldChange("parentCode", null, "NX-A01"),
                new FieldChange("drawn", null, "NX-V03"), new FieldChange("redrawn", null, ""),
                new FieldChange("retired", null, "NX-V01"), new FieldChange("on", null, REVISED.toString()));
    }

    @Test
    void a_retired_grid_reads_as_it_last_stood_and_a_grid_asked_of_before_it_was_drawn_as_it_was_drawn() {
        var plan = nanxiangPlan();
        memory.ronghe.grids().commands().change(OnMemory.ADMIN, new GridChange.Revise(plan, 1, GridCode.parse("code",
                "NX-A01"), List.of(draft("NX-V03", "NX-A01", rectangle(121.24, 121.26), beiguan.id())), REVISED));
        var queries = memory.ronghe.grids().queries();
        var v01 = queries.grids(new GridCriteria(GridLevel.VILLAGE, null, null, DRAWN), PageRequest.first()).items()
                .get(0).grid().id();

        var afterwards = queries.grid(v01, REVISED.plusDays(30)).grid();
        assertThat(afterwards.active()).isFalse();
        assertThat(afterwards.grid().retiredOn()).isEqualTo(REVISED);
        assertThat(afterwards.territory()).isEqualTo(rectangle(121.24, 121.25));
        assertThat(afterwards.responsibleName()).isEqualTo("北管村党总支");
        var before = queries.grid(v01, DRAWN.minusDays(1)).grid();
        assertThat(before.active()).isFalse();
        assertThat(before.territory()).isEqualTo(rectangle(121.24, 121.25));
        assertThat(queries.grids(new GridCriteria(GridLevel.VILLAGE, nanxiang.id(), null, REVISED), PageRequest.first())
                .items()).extracting(v -> v.grid().code().value()).containsExactly("NX-V03");
        assertThat(queries.locate(121.245, 31.375, REVISED).orElseThrow().village().grid().code().value())
                .isEqualTo("NX-V03");
        assertThat(queries.locate(121.245, 31.375, DRAWN).orElseThrow().village().grid().code().value())
                .isEqualTo("NX-V01");
        assertThat(queries.locate(121.245, 31.375, REVISED).orElseThrow().village().grid().code().value())
                .as("read again after another day's index").isEqualTo("NX-V03");
    }

    @Test
    void a_grid_retires_when_its_siblings_still_cover_their_parent_and_the_retirement_is_audited() {
        var plan = nanxiangPlan();
        memory.ronghe.grids().commands().change(OnMemory.ADMIN, new GridChange.Revise(plan, 1, GridCode.parse("code",
                "NX-A01"), List.of(draft("NX-V03", "NX-A01", rectangle(121.24, 121.26), beiguan.id())), REVISED));

        var retired = memory.ronghe.grids().commands().change(memory.operatorOf(nanxiang), new GridChange.Retire(plan, 2,
                GridCode.parse("code", "NX-A01"), REVISED.plusDays(1)));

        assertThat(retired.version()).isEqualTo(3);
        var after = memory.ronghe.grids().queries().coverage(nanxiang.id(), REVISED.plusDays(1));
        assertThat(List.of(after.areaGrids(), after.villageGrids())).containsExactly(0, 0);
        var planAfter = memory.ronghe.grids().queries().plan(plan, REVISED.plusDays(1));
        assertThat(List.of(planAfter.areaGrids(), planAfter.villageGrids())).containsExactly(0, 0);
        var planBefore = memory.ronghe.grids().queries().planOfTown(nanxiang.id(), DRAWN);
        assertThat(List.of(planBefore.areaGrids(), planBefore.villageGrids())).containsExactly(1, 2);
        assertThat(memory.auditOf(plan.toString())).filteredOn(e -> e.eventType().equals("GridChildrenRevised"))
                .anySatisfy(e -> assertThat(e.changes()).contains(new FieldChange("retired", null, "NX-A01,NX-V03")));
        assertThatThrownBy(() -> new GridChange.Retire(plan, 3, null, null)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("code").hasMessageContaining("on");
    }

    @Test
    void every_towns_plan_is_listed_by_town_code_and_a_town_without_one_or_an_unknown_plan_is_not_found() {
        nanxiangPlan();
        memory.ronghe.grids().commands().define(OnMemory.ADMIN, new DefineGridPlanCommand(malu.id(), "ML",
                rectangle(121.20, 121.22), List.of(), DRAWN));
        var queries = memory.ronghe.grids().queries();

        assertThat(queries.plans()).extracting(p -> p.townCode() + " " + p.townName()).containsExactly("ML 马陆镇党委",
                "NX 南翔镇党委");
        assertThat(queries.plans().get(0).territory()).isEqualTo(rectangle(121.20, 121.22));
        assertThatThrownBy(() -> queries.planOfTown(district.id(), null)).isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> queries.plan(new GridPlanId(java.util.UUID.randomUUID()), null))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThat(queries.coverage(null, DRAWN).towns()).isEqualTo(2);
    }

    @Test
    void a_change_names_its_plan_version_grid_and_day_or_is_refused_before_anything_is_read() {
        var plan = new GridPlanId(java.util.UUID.randomUUID());
        var code = GridCode.parse("code", "NX-V01");

        assertThatThrownBy(() -> new GridChange.Revise(plan, 0, null, null, null)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("expectedVersion").hasMessageContaining("on");
        assertThatThrownBy(() -> new GridChange.Assign(plan, 1, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("code")
                .hasMessageContaining("responsibleOrganizationId").hasMessageContaining("on");
        assertThatThrownBy(() -> new GridChange.Appoint(null, 1, null, null)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("id").hasMessageContaining("code");
        assertThat(new GridChange.Appoint(plan, 1, code, null).roles()).isEmpty();
        assertThat(new GridChange.Revise(plan, 1, null, null, REVISED).children()).isEmpty();
        assertThatThrownBy(() -> new DefineGridPlanCommand(nanxiang.id(), "NX", null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("townTerritory").hasMessageContaining("on");
        assertThat(new DefineGridPlanCommand(nanxiang.id(), "NX", rectangle(121.24, 121.26), null, DRAWN).grids())
                .isEmpty();
    }
}
