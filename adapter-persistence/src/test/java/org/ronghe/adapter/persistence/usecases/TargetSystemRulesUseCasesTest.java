package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ronghe.application.Ronghe;
import org.ronghe.application.project.port.in.ProjectView;
import org.ronghe.application.project.port.in.ProposeProjectCommand;
import org.ronghe.application.targetsystem.port.in.DefineTargetSystemCommand;
import org.ronghe.application.targetsystem.port.in.TargetSystemChange;
import org.ronghe.application.targetsystem.port.in.TargetSystemView;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.project.Commitment;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.Mechanism;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.FieldViolation;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.UnknownReferenceException;
import org.ronghe.domain.targetsystem.Attainment;
import org.ronghe.domain.targetsystem.Direction;
import org.ronghe.domain.targetsystem.IndicatorCategory;
import org.ronghe.domain.targetsystem.LiveFigure;
import org.ronghe.domain.targetsystem.PlanPeriod;
import org.ronghe.domain.targetsystem.TargetSystemId;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What defining a target system, adding its indicators and reporting readings must name, who may, and the trace left. */
class TargetSystemRulesUseCasesTest {

    private static final LocalDate YEAR_END = LocalDate.of(2022, 12, 31);

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

    private static void refusedNaming(ThrowingCallable request, String... fields) {
        assertThatThrownBy(request).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(
                e.violations()).extracting(FieldViolation::field).containsExactly(fields));
    }

    private long version() {
        return ronghe.targetSystems().queries().system(system.id(), null).version();
    }

    private TargetSystemChange.AddIndicator indicator(String code, Set<ProjectId> projects, Set<CommitteeId> committees,
            Set<AreaId> areas, LiveFigure live) {
        return new TargetSystemChange.AddIndicator(system.id(), version(), code, BilingualName.of("指标" + code, null),
                IndicatorCategory.COLLABORATIVE, "个", Direction.AT_LEAST, BigDecimal.ZERO, new BigDecimal("10"),
                Map.of(), scene.department.id(), projects, committees, areas, live);
    }

    private ProjectView parkingProject() {
        ronghe.projects().commands().addDomain(ClosedLoopScene.ADMIN, new DomainDefinition(new DomainCode("road"), BilingualName.of(
                "路域", null)));
        return ronghe.projects().commands().propose(ClosedLoopScene.ADMIN, new ProposeProjectCommand(new DomainCode("road"),
                BilingualName.of("共享停车", null), scene.department.id(), List.of(), new Mechanism("书记", "主任",
                        List.of()), Set.of(), Set.of(), List.of(new Commitment(1, "共享车位", LocalDate.of(2023, 12, 31)))));
    }

    // --- what each request names ---

    @Test
    void a_target_system_names_its_plan_period() {
        refusedNaming(() -> new DefineTargetSystemCommand("无期目标", null), "period");
    }

    @Test
    void an_indicator_names_its_system_title_and_responsible_organization_every_missing_one_at_once() {
        refusedNaming(() -> new TargetSystemChange.AddIndicator(null, 1, "X-1", null, IndicatorCategory.SHARED, null,
                Direction.AT_LEAST, null, BigDecimal.ONE, null, null, null, null, null, null), "system", "title",
                "responsibleId");
        var bare = new TargetSystemChange.AddIndicator(system.id(), 1, "X-1", BilingualName.of("x", null), IndicatorCategory.SHARED,
                null, Direction.AT_LEAST, null, BigDecimal.ONE, null, scene.department.id(), null, null, null, null);
        assertThat(bare.interimTargets()).isEmpty();
        assertThat(bare.projects()).isEmpty();
        assertThat(bare.committees()).isEmpty();
        assertThat(bare.areas()).isEmpty();
    }

    @Test
    void interim_targets_are_keyed_by_four_digit_years_and_anything_else_is_refused() {
        var byText = new LinkedHashMap<String, BigDecimal>();
        byText.put("2025", new BigDecimal("10"));
        byText.put("2023", new BigDecimal("5"));

        assertThat(TargetSystemChange.AddIndicator.interimTargetsByYear(byText)).containsExactly(Map.entry(2023,
                new BigDecimal("5")), Map.entry(2025, new BigDecimal("10")));
        refusedNaming(() -> TargetSystemChange.AddIndicator.interimTargetsByYear(Map.of("23", BigDecimal.ONE)), "interimTargets");
        var nullYear = new java.util.HashMap<String, BigDecimal>();
        nullYear.put(null, BigDecimal.ONE);
        refusedNaming(() -> TargetSystemChange.AddIndicator.interimTargetsByYear(nullYear), "interimTargets");
    }

    @Test
    void a_reading_names_its_system_indicator_value_and_day_every_missing_one_at_once() {
        refusedNaming(() -> new TargetSystemChange.ReportReading(null, 1, null, null, null, null, null, null), "system", "code",
                "value", "asOf");
        refusedNaming(() -> new TargetSystemChange.ReportReading(system.id(), 1, "  ", BigDecimal.ONE, YEAR_END, null, null, null),
                "code");
    }

    // --- adding indicators ---

    @Test
    void only_an_admin_adds_an_indicator_and_it_comes_back_as_read_on_the_day_without_a_value_yet() {
        assertThatThrownBy(() -> ronghe.targetSystems().commands().change(scene.operatorOf(scene.department), indicator("C-01", Set.of(),
                Set.of(), Set.of(), null))).isInstanceOf(AccessDeniedException.class);
        assertThat(version()).isEqualTo(1);

        var added = ronghe.targetSystems().commands().change(ClosedLoopScene.ADMIN, indicator("C-01", Set.of(), Set.of(), Set.of(),
                null));

        assertThat(added.code()).isEqualTo("C-01");
        assertThat(added.systemVersion()).isEqualTo(2);
        assertThat(added.asOf()).isEqualTo(ClosedLoopScene.TODAY);
        assertThat(added.value()).isNull();
        assertThat(added.attainment()).isEqualTo(Attainment.NO_DATA);
        assertThat(added.live()).isNull();
        assertThat(added.readings()).isEmpty();
    }

    @Test
    void an_indicator_links_to_known_projects_committees_and_areas_and_an_unknown_one_is_refused_naming_the_field() {
        var project = parkingProject();

        assertThatThrownBy(() -> ronghe.targetSystems().commands().change(ClosedLoopScene.ADMIN, indicator("C-01", Set.of(project.id(),
                new ProjectId(UUID.randomUUID())), Set.of(), Set.of(), null)))
                .isInstanceOfSatisfying(UnknownReferenceException.class, e -> assertThat(e.field()).isEqualTo("projectIds"));
        assertThatThrownBy(() -> ronghe.targetSystems().commands().change(ClosedLoopScene.ADMIN, indicator("C-01", Set.of(),
                Set.of(scene.ximen.id(), new CommitteeId(UUID.randomUUID())), Set.of(), null)))
                .isInstanceOfSatisfying(UnknownReferenceException.class,
                        e -> assertThat(e.field()).isEqualTo("committeeIds"));
        assertThatThrownBy(() -> ronghe.targetSystems().commands().change(ClosedLoopScene.ADMIN, indicator("C-01", Set.of(), Set.of(),
                Set.of(scene.area.id(), new AreaId(UUID.randomUUID())), null)))
                .isInstanceOfSatisfying(UnknownReferenceException.class, e -> assertThat(e.field()).isEqualTo("areaIds"));
        assertThat(version()).as("nothing was added").isEqualTo(1);

        var linked = ronghe.targetSystems().commands().change(ClosedLoopScene.ADMIN, indicator("C-01", Set.of(project.id()),
                Set.of(scene.ximen.id()), Set.of(scene.area.id()), null));

        assertThat(linked.projects()).containsExactly(project.id());
        assertThat(linked.committees()).containsExactly(scene.ximen.id());
        assertThat(linked.areas()).containsExactly(scene.area.id());
    }

    @Test
    void an_unknown_system_or_indicator_is_not_found() {
        var unknown = new TargetSystemId(UUID.randomUUID());
        var department = scene.operatorOf(scene.department);

        assertThatThrownBy(() -> ronghe.targetSystems().commands().change(ClosedLoopScene.ADMIN, new TargetSystemChange.AddIndicator(unknown, 1,
                "C-01", BilingualName.of("x", null), IndicatorCategory.SHARED, null, Direction.AT_LEAST, null,
                BigDecimal.ONE, null, scene.department.id(), null, null, null, null)))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> ronghe.targetSystems().commands().change(department, new TargetSystemChange.ReportReading(unknown, 1, "C-01",
                BigDecimal.ONE, YEAR_END, null, null, null))).isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> ronghe.targetSystems().queries().system(unknown, null))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> ronghe.targetSystems().queries().dashboard(unknown, null))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> ronghe.targetSystems().queries().indicator(system.id(), "Z-99", null))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    // --- the audit trail ---

    @Test
    void defining_adding_reporting_and_correcting_each_leave_one_entry_on_the_system_naming_what_changed() {
        ronghe.targetSystems().commands().change(ClosedLoopScene.ADMIN, indicator("C-01", Set.of(), Set.of(), Set.of(), null));
        ronghe.targetSystems().commands().change(ClosedLoopScene.ADMIN, indicator("P-01", Set.of(), Set.of(), Set.of(),
                LiveFigure.ESTABLISHED_AREA_COMMITTEES));
        var department = scene.operatorOf(scene.department);
        ronghe.targetSystems().commands().change(department, new TargetSystemChange.ReportReading(system.id(), version(), "C-01",
                new BigDecimal("4"), YEAR_END, "年报", null, null));
        var corrected = ronghe.targetSystems().commands().change(department, new TargetSystemChange.ReportReading(system.id(), version(),
                "C-01", new BigDecimal("6"), YEAR_END, "更正", null, 1));

        assertThat(corrected.value()).isEqualByComparingTo("6");
        assertThat(corrected.valueAsOf()).isEqualTo(YEAR_END);
        var trail = scene.auditOf(system.id());
        assertThat(trail).hasSize(5).allSatisfy(e -> assertThat(e.aggregateType()).isEqualTo("targetSystem"));
        assertThat(scene.audited(system.id(), "TargetSystemDefined").changes()).containsExactly(
                new FieldChange("period", null, "2021-2025"));
        assertThat(trail).filteredOn(e -> e.eventType().equals("IndicatorAdded")).extracting(e -> e.changes())
                .containsExactlyInAnyOrder(List.of(new FieldChange("indicator C-01", null, "COLLABORATIVE")),
                        List.of(new FieldChange("indicator P-01", null, "COLLABORATIVE, live")));
        assertThat(trail).filteredOn(e -> e.eventType().equals("ReadingReported")).extracting(e -> e.changes())
                .containsExactlyInAnyOrder(List.of(new FieldChange("indicator C-01 reading", null, "1")),
                        List.of(new FieldChange("indicator C-01 reading", null, "2"),
                                new FieldChange("indicator C-01 reading 1", "current", "superseded by 2")));
    }
}
