package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ronghe.application.Ronghe;
import org.ronghe.application.meeting.port.in.MeetingChange;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.project.port.in.ProjectChange;
import org.ronghe.application.project.port.in.ProjectView;
import org.ronghe.application.project.port.in.ProposeProjectCommand;
import org.ronghe.application.targetsystem.port.in.DashboardView;
import org.ronghe.application.targetsystem.port.in.DefineTargetSystemCommand;
import org.ronghe.application.targetsystem.port.in.IndicatorView;
import org.ronghe.application.targetsystem.port.in.TargetSystemChange;
import org.ronghe.application.targetsystem.port.in.TargetSystemView;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.project.Commitment;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.Mechanism;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.targetsystem.Attainment;
import org.ronghe.domain.targetsystem.Direction;
import org.ronghe.domain.targetsystem.IndicatorCategory;
import org.ronghe.domain.targetsystem.LiveFigure;
import org.ronghe.domain.targetsystem.PlanPeriod;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The figures live indicators are bound to, computed on the day asked from what Ximen's meetings, tasks and projects record. */
class TargetSystemLiveFiguresUseCasesTest {

    private static final LocalDate TODAY = ClosedLoopScene.TODAY;

    private final ClosedLoopScene scene = new ClosedLoopScene();
    private final Ronghe ronghe = scene.ronghe;
    private TargetSystemView system;

    @BeforeEach
    void fourteenthFiveYearPlan() {
        system = ronghe.targetSystems().commands().define(ClosedLoopScene.ADMIN, new DefineTargetSystemCommand(
                "嘉定新城“十四五”融合目标", new PlanPeriod(2021, 2025)));
    }

    @AfterEach
    void close() {
        scene.close();
    }

    private void bind(String code, LiveFigure figure) {
        var version = ronghe.targetSystems().queries().system(system.id(), null).version();
        ronghe.targetSystems().commands().change(ClosedLoopScene.ADMIN, new TargetSystemChange.AddIndicator(system.id(), version, code,
                BilingualName.of("指标" + code, null), IndicatorCategory.PRACTICAL, null, Direction.AT_LEAST,
                BigDecimal.ZERO, new BigDecimal("100"), Map.of(), scene.department.id(), Set.of(), Set.of(), Set.of(),
                figure));
    }

    private BigDecimal valueOn(String code, LocalDate day) {
        return ronghe.targetSystems().queries().indicator(system.id(), code, day).value();
    }

    private ProjectView proposed(String title, OrganizationView flagBearer, LocalDate due) {
        return ronghe.projects().commands().propose(ClosedLoopScene.ADMIN, new ProposeProjectCommand(new DomainCode("road"),
                BilingualName.of(title, null), flagBearer.id(), List.of(), new Mechanism("书记", "主任", List.of()),
                Set.of(), Set.of(), List.of(new Commitment(1, "交付", due))));
    }

    private ProjectView signed(String title, OrganizationView flagBearer, LocalDate on, LocalDate due) {
        var project = proposed(title, flagBearer, due);
        return ronghe.projects().commands().change(ClosedLoopScene.ADMIN, new ProjectChange.Sign(project.id(), 1, on,
                Set.of(scene.district.id(), flagBearer.id())));
    }

    private void roadProjects() {
        ronghe.projects().commands().addDomain(ClosedLoopScene.ADMIN, new DomainDefinition(new DomainCode("road"), BilingualName.of("路域",
                null)));
        signed("共享停车", scene.department, LocalDate.of(2022, 2, 15), LocalDate.of(2022, 12, 31));
        signed("河道保洁", scene.outsider, LocalDate.of(2022, 6, 1), LocalDate.of(2023, 12, 31));
        var cancelled = signed("路灯改造", scene.department, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 10, 31));
        ronghe.projects().commands().change(ClosedLoopScene.ADMIN, new ProjectChange.Cancel(cancelled.id(), 2,
                LocalDate.of(2022, 4, 1), "并入共享停车"));
        proposed("指示牌", scene.outsider, LocalDate.of(2022, 5, 31));
    }

    @Test
    void signed_projects_count_from_their_signing_day_and_a_cancelled_one_no_longer_counts() {
        bind("P-02", LiveFigure.SIGNED_DOMAIN_PROJECTS);
        roadProjects();

        assertThat(valueOn("P-02", null)).isEqualByComparingTo("2");
        assertThat(valueOn("P-02", LocalDate.of(2022, 5, 31))).isEqualByComparingTo("1");
        assertThat(valueOn("P-02", LocalDate.of(2022, 2, 15))).as("signed that day").isEqualByComparingTo("1");
        assertThat(valueOn("P-02", LocalDate.of(2022, 2, 14))).isEqualByComparingTo("0");
    }

    @Test
    void the_grids_of_every_towns_plan_count_from_the_day_they_were_drawn() {
        bind("P-04", LiveFigure.ACTIVE_GRIDS);
        var town = ronghe.organizations().commands().register(ClosedLoopScene.ADMIN,
                org.ronghe.application.organization.port.in.RegisterOrganizationCommand.parse("TOWN_PARTY_COMMITTEE",
                        "外冈镇党委", null, scene.district.id().toString(), null));
        var drawn = LocalDate.of(2022, 1, 1);
        assertThat(valueOn("P-04", drawn)).as("before the town drew its plan").isEqualByComparingTo("0");
        java.util.function.BiFunction<Double, Double, org.ronghe.domain.grid.Territory> strip = (west, east) ->
                org.ronghe.domain.grid.Territory.ofPolygons("territory", List.of(List.of(List.of(new double[] {west, 31.37},
                        new double[] {east, 31.37}, new double[] {east, 31.38}, new double[] {west, 31.38},
                        new double[] {west, 31.37}))));
        ronghe.grids().commands().define(ClosedLoopScene.ADMIN, new org.ronghe.application.grid.port.in
                .DefineGridPlanCommand(town.id(), "WG", strip.apply(121.24, 121.26), List.of(
                        new org.ronghe.domain.grid.GridDraft(org.ronghe.domain.grid.GridCode.parse("code", "WG-A01"), "西片区",
                                null, strip.apply(121.24, 121.25), town.id(), List.of()),
                        new org.ronghe.domain.grid.GridDraft(org.ronghe.domain.grid.GridCode.parse("code", "WG-A02"), "东片区",
                                null, strip.apply(121.25, 121.26), town.id(), List.of())), drawn));

        assertThat(valueOn("P-04", null)).isEqualByComparingTo("2");
        assertThat(valueOn("P-04", drawn)).as("the day counted before, counted again once a plan changed")
                .isEqualByComparingTo("2");
        assertThat(valueOn("P-04", drawn.minusDays(1))).isEqualByComparingTo("0");
    }

    @Test
    void overdue_commitments_are_counted_on_the_day_across_open_projects() {
        bind("P-05", LiveFigure.OVERDUE_COMMITMENTS);
        roadProjects();

        assertThat(valueOn("P-05", null)).as("only the parking project's, the others are not due, cancelled or "
                + "unsigned").isEqualByComparingTo("1");
        assertThat(valueOn("P-05", LocalDate.of(2022, 12, 31))).isEqualByComparingTo("0");
    }

    @Test
    void deliberation_meetings_held_count_by_the_city_day_they_started() {
        bind("P-03", LiveFigure.DELIBERATION_MEETINGS_HELD);
        scene.heldWithResolutions(MeetingMechanism.SPECIAL_DELIBERATION, Instant.parse("2022-09-01T01:00:00Z"), "停车");
        var approved = scene.heldWithResolutions(MeetingMechanism.SPECIAL_DELIBERATION,
                Instant.parse("2022-09-30T17:00:00Z"), "河道");
        ronghe.meetings().commands().change(ClosedLoopScene.ADMIN, new MeetingChange.ApproveMinutes(approved, 4));
        scene.heldWithResolutions(MeetingMechanism.ROUTINE_LIAISON, Instant.parse("2022-09-05T01:00:00Z"), "联络");
        scene.schedule(MeetingMechanism.SPECIAL_DELIBERATION, Instant.parse("2022-11-01T01:00:00Z"));
        var cancelled = scene.schedule(MeetingMechanism.SPECIAL_DELIBERATION, Instant.parse("2022-09-10T01:00:00Z"));
        ronghe.meetings().commands().change(ClosedLoopScene.ADMIN, new MeetingChange.Cancel(cancelled, 1, "台风"));

        assertThat(valueOn("P-03", null)).isEqualByComparingTo("2");
        assertThat(valueOn("P-03", LocalDate.of(2022, 9, 30))).as("the second began on 1 October, Shanghai time")
                .isEqualByComparingTo("1");
        assertThat(valueOn("P-03", LocalDate.of(2022, 10, 1))).isEqualByComparingTo("2");
        assertThat(valueOn("P-03", LocalDate.of(2022, 8, 31))).isEqualByComparingTo("0");
    }

    @Test
    void the_task_closure_rate_is_the_percentage_verified_by_the_day_of_the_tasks_created_by_then() {
        bind("P-04", LiveFigure.TASK_CLOSURE_RATE);
        var meeting = scene.heldWithResolutions(MeetingMechanism.SPECIAL_DELIBERATION,
                Instant.parse("2022-09-01T01:00:00Z"), "停车", "河道", "路灯");
        var parking = scene.task(meeting, 1, scene.department, LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 31));
        scene.task(meeting, 2, scene.department, LocalDate.of(2022, 9, 2), LocalDate.of(2022, 12, 31));
        var lighting = scene.task(meeting, 3, scene.unit, LocalDate.of(2022, 10, 10), LocalDate.of(2023, 6, 30));
        scene.closeLoop(parking, scene.department, LocalDate.of(2022, 9, 11));
        scene.closeLoop(lighting, scene.unit, LocalDate.of(2022, 11, 9));

        assertThat(valueOn("P-04", null)).isEqualByComparingTo("66.7");
        assertThat(valueOn("P-04", LocalDate.of(2022, 9, 30))).isEqualByComparingTo("50.0");
        assertThat(valueOn("P-04", LocalDate.of(2022, 9, 11))).as("verified that day").isEqualByComparingTo("50.0");
        assertThat(valueOn("P-04", LocalDate.of(2022, 9, 10))).isEqualByComparingTo("0.0");
        assertThat(valueOn("P-04", LocalDate.of(2022, 9, 1))).as("the one created that day").isEqualByComparingTo("0");
        var beforeAnyTask = ronghe.targetSystems().queries().indicator(system.id(), "P-04", LocalDate.of(2022, 8, 31));
        assertThat(beforeAnyTask.value()).as("no task, no rate").isNull();
        assertThat(beforeAnyTask.attainment()).isEqualTo(Attainment.NO_DATA);
    }

    @Test
    void a_live_value_is_as_of_the_day_asked_and_the_dashboard_names_the_figure_of_each_live_line() {
        bind("P-02", LiveFigure.SIGNED_DOMAIN_PROJECTS);
        bind("P-05", LiveFigure.OVERDUE_COMMITMENTS);
        roadProjects();
        var day = LocalDate.of(2022, 7, 1);

        IndicatorView signedProjects = ronghe.targetSystems().queries().indicator(system.id(), "P-02", day);
        DashboardView dashboard = ronghe.targetSystems().queries().dashboard(system.id(), day);

        assertThat(signedProjects.valueAsOf()).isEqualTo(day);
        assertThat(signedProjects.live().figure()).isEqualTo(LiveFigure.SIGNED_DOMAIN_PROJECTS);
        assertThat(dashboard.asOf()).isEqualTo(day);
        assertThat(dashboard.indicators()).extracting(DashboardView.Line::code, DashboardView.Line::live)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("P-02", LiveFigure.SIGNED_DOMAIN_PROJECTS),
                        org.assertj.core.groups.Tuple.tuple("P-05", LiveFigure.OVERDUE_COMMITMENTS));
        assertThat(dashboard.indicators()).filteredOn(l -> l.code().equals("P-02")).singleElement()
                .satisfies(l -> assertThat(l.value()).isEqualByComparingTo("2"));
    }
}
