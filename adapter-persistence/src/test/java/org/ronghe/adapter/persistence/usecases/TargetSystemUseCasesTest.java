package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ronghe.application.Ronghe;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.targetsystem.port.in.DefineTargetSystemCommand;
import org.ronghe.application.targetsystem.port.in.IndicatorView;
import org.ronghe.application.targetsystem.port.in.TargetSystemChange;
import org.ronghe.application.targetsystem.port.in.TargetSystemView;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.StaleVersionException;
import org.ronghe.domain.shared.UnknownReferenceException;
import org.ronghe.domain.targetsystem.Attainment;
import org.ronghe.domain.targetsystem.Direction;
import org.ronghe.domain.targetsystem.IndicatorCategory;
import org.ronghe.domain.targetsystem.LiveFigure;
import org.ronghe.domain.targetsystem.LiveIndicatorException;
import org.ronghe.domain.targetsystem.PlanPeriod;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The target system through the use cases, on the in-memory adapter (today is 2023-04-04). */
class TargetSystemUseCasesTest {

    private static final Caller ADMIN = OnMemory.ADMIN;
    private static final LocalDate TODAY = LocalDate.of(2023, 4, 4);

    private final OnMemory memory = new OnMemory();
    private final Ronghe ronghe = memory.ronghe;
    private OrganizationView organizationDepartment;
    private OrganizationView town;
    private TargetSystemView system;

    @BeforeEach
    void fourteenthFiveYearPlan() {
        var district = memory.register("DISTRICT_PARTY_COMMITTEE", "区委", null);
        organizationDepartment = memory.register("DEPARTMENT_PARTY_BODY", "区委组织部", district);
        town = memory.register("TOWN_PARTY_COMMITTEE", "嘉定镇街道党工委", district);
        system = ronghe.targetSystems().commands().define(ADMIN, new DefineTargetSystemCommand("嘉定新城“十四五”融合目标",
                new PlanPeriod(2021, 2025)));
    }

    @AfterEach
    void close() {
        memory.close();
    }

    private IndicatorView add(String code, IndicatorCategory category, String baseline, String target, LiveFigure live) {
        var current = ronghe.targetSystems().queries().system(system.id(), null);
        return ronghe.targetSystems().commands().change(ADMIN, new TargetSystemChange.AddIndicator(system.id(), current.version(), code,
                BilingualName.of("指标" + code, null), category, "个", Direction.AT_LEAST, new BigDecimal(baseline),
                new BigDecimal(target), Map.of(), organizationDepartment.id(), Set.of(), Set.of(), Set.of(), live));
    }

    private IndicatorView report(Caller caller, String code, String value, LocalDate asOf, Integer corrects) {
        var current = ronghe.targetSystems().queries().system(system.id(), null);
        return ronghe.targetSystems().commands().change(caller, new TargetSystemChange.ReportReading(system.id(), current.version(), code,
                new BigDecimal(value), asOf, "年度统计", null, corrects));
    }

    @Test
    void the_responsible_department_reports_a_town_may_not_and_attainment_follows_the_readings() {
        add("D-01", IndicatorCategory.DEVELOPMENTAL, "0", "100", null);
        var department = memory.operatorOf(organizationDepartment);

        var reported = report(department, "D-01", "50", LocalDate.of(2022, 12, 31), null);

        assertThat(reported.value()).isEqualByComparingTo("50");
        assertThat(reported.attainment()).isEqualTo(Attainment.ON_TRACK);
        assertThatThrownBy(() -> report(memory.operatorOf(town), "D-01", "60", LocalDate.of(2022, 12, 31), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report(ADMIN, "D-01", "60", LocalDate.of(2022, 12, 31), null))
                .isInstanceOf(AccessDeniedException.class);
        var corrected = report(department, "D-01", "20", LocalDate.of(2022, 12, 31), 1);
        assertThat(corrected.attainment()).isEqualTo(Attainment.OFF_TRACK);
        assertThat(corrected.readings()).extracting(IndicatorView.ReadingView::supersededBy).containsExactly(2, null);
        assertThat(ronghe.targetSystems().queries().indicator(system.id(), "d-01", LocalDate.of(2021, 6, 30)).attainment())
                .isEqualTo(Attainment.NO_DATA);
        assertThat(ronghe.audit().queries().entries(ADMIN, new AuditCriteria("targetSystem", system.id().toString(), null,
                null, null), PageRequest.first()).totalItems()).isEqualTo(4);
    }

    @Test
    void a_live_indicator_counts_established_area_committees_and_refuses_manual_readings() {
        add("P-01", IndicatorCategory.PRACTICAL, "0", "9", LiveFigure.ESTABLISHED_AREA_COMMITTEES);
        assertThat(ronghe.targetSystems().queries().indicator(system.id(), "P-01", null).value()).isEqualByComparingTo("0");

        establishAreaCommittee(LocalDate.of(2022, 9, 1));

        var live = ronghe.targetSystems().queries().indicator(system.id(), "P-01", null);
        assertThat(live.value()).isEqualByComparingTo("1");
        assertThat(live.live().definition()).contains("ESTABLISHED");
        assertThat(ronghe.targetSystems().queries().indicator(system.id(), "P-01", LocalDate.of(2022, 8, 31)).value())
                .isEqualByComparingTo("0");
        assertThatThrownBy(() -> report(memory.operatorOf(organizationDepartment), "P-01", "9", TODAY, null))
                .isInstanceOf(LiveIndicatorException.class);
    }

    private void establishAreaCommittee(LocalDate on) {
        var area = ronghe.areas().commands().define(ADMIN, new DefineAreaCommand(AreaLayout.AREA,
                BilingualName.of("西门历史文化街区", null), Set.of(town.id())));
        ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.DISTRICT_PROMOTION,
                BilingualName.of("推进委员会", null), null, null, on.minusMonths(6)));
        var committee = ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.AREA,
                BilingualName.of("西门片区融委会", null), null, area.id(), on.minusMonths(6)));
        committee = ronghe.committees().commands().change(ADMIN, new CommitteeChange.AppointChair(committee.id(), 1,
                new Chair("张三", "书记"), on.minusMonths(6)));
        committee = ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(committee.id(), 2, town.id(),
                MembershipRole.LEAD, on.minusMonths(6)));
        ronghe.committees().commands().change(ADMIN, new CommitteeChange.Establish(committee.id(), 3, on));
    }

    @Test
    void the_dashboard_rolls_up_every_category_and_lists_the_worst_first() {
        add("D-01", IndicatorCategory.DEVELOPMENTAL, "0", "100", null);
        add("S-01", IndicatorCategory.SHARED, "0", "100", null);
        add("N-01", IndicatorCategory.NORMATIVE, "0", "100", null);
        var department = memory.operatorOf(organizationDepartment);
        report(department, "D-01", "100", LocalDate.of(2022, 12, 31), null);
        report(department, "S-01", "5", LocalDate.of(2022, 12, 31), null);

        var dashboard = ronghe.targetSystems().queries().dashboard(system.id(), null);

        assertThat(dashboard.asOf()).isEqualTo(TODAY);
        assertThat(dashboard.elapsedPercent()).isEqualTo(45);
        assertThat(dashboard.categories()).hasSize(5);
        assertThat(dashboard.indicators()).extracting(l -> l.code()).containsExactly("S-01", "N-01", "D-01");
        assertThat(dashboard.overall().counts()).containsEntry(Attainment.MET, 1).containsEntry(Attainment.OFF_TRACK, 1);
        assertThat(dashboard.overall().healthyPercent()).isEqualTo(50);
        assertThat(dashboard.categories().get(0).category()).isEqualTo(IndicatorCategory.NORMATIVE);
        assertThat(dashboard.categories().get(0).rollup().worst()).isEqualTo(Attainment.NO_DATA);
    }

    @Test
    void bad_writes_are_refused_and_leave_the_system_as_it_was() {
        var department = memory.operatorOf(organizationDepartment);
        assertThatThrownBy(() -> ronghe.targetSystems().commands().define(department, new DefineTargetSystemCommand("x",
                new PlanPeriod(2021, 2025)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ronghe.targetSystems().commands().change(ADMIN, new TargetSystemChange.AddIndicator(system.id(), 9, "X-1",
                BilingualName.of("x", null), IndicatorCategory.SHARED, null, Direction.AT_LEAST, null, BigDecimal.ONE,
                null, organizationDepartment.id(), null, null, null, null))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> ronghe.targetSystems().commands().change(ADMIN, new TargetSystemChange.AddIndicator(system.id(), 1, "X-1",
                BilingualName.of("x", null), IndicatorCategory.SHARED, null, Direction.AT_LEAST, null, BigDecimal.ONE,
                null, new OrganizationId(UUID.randomUUID()), null, null, null, null)))
                .isInstanceOf(UnknownReferenceException.class);
        add("D-01", IndicatorCategory.DEVELOPMENTAL, "0", "100", null);
        assertThatThrownBy(() -> report(department, "D-01", "1", TODAY.plusDays(1), null))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> report(department, "Z-09", "1", TODAY, null))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> ronghe.targetSystems().commands().change(department, new TargetSystemChange.ReportReading(system.id(), 1,
                "D-01", BigDecimal.ONE, TODAY, null, null, null))).isInstanceOf(StaleVersionException.class);

        var after = ronghe.targetSystems().queries().system(system.id(), null);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.indicators()).singleElement().satisfies(i -> assertThat(i.readings()).isEmpty());
        assertThat(ronghe.targetSystems().queries().systems(PageRequest.first()).items()).singleElement()
                .satisfies(s -> assertThat(s.indicators()).isEqualTo(1));
    }
}
