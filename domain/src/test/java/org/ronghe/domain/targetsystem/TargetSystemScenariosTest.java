package org.ronghe.domain.targetsystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.access.Actor;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.access.TargetSystemStewardship;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.InvalidValueException;

/** The 14th Five-Year target system: indicators, readings and their corrections, live indicators. */
class TargetSystemScenariosTest {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private final OrganizationId organizationDepartment = new OrganizationId(UUID.randomUUID());
    private final TargetSystem system = TargetSystem.define(new TargetSystemId(UUID.randomUUID()),
            "嘉定新城“十四五”融合型党建目标体系", new PlanPeriod(2021, 2025), NOW).system();

    private Indicator indicator(String code, Direction direction, String baseline, String target, LiveFigure live) {
        return new Indicator(code, BilingualName.of("指标" + code, null), IndicatorCategory.PRACTICAL, "个", direction,
                baseline == null ? null : new BigDecimal(baseline), new BigDecimal(target), Map.of(),
                organizationDepartment, Set.of(), Set.of(), Set.of(), live, List.of());
    }

    @Test
    void the_area_functional_units_indicator_is_live_and_refuses_manual_readings() {
        var added = system.add(indicator("P-01", Direction.AT_LEAST, "0", "9", LiveFigure.ESTABLISHED_AREA_COMMITTEES), NOW);

        assertThat(added.live()).isTrue();
        assertThatThrownBy(() -> system.report("P-01", new BigDecimal("3"), LocalDate.of(2022, 12, 31),
                organizationDepartment, null, null, null, NOW)).isInstanceOf(LiveIndicatorException.class);
        assertThat(system.indicator("P-01").attainmentOn(LocalDate.of(2023, 4, 4), system.state().period(),
                new BigDecimal("2"))).isEqualTo(Attainment.OFF_TRACK);
        assertThat(system.indicator("P-01").attainmentOn(LocalDate.of(2023, 4, 4), system.state().period(),
                new BigDecimal("9"))).isEqualTo(Attainment.MET);
    }

    @Test
    void a_correction_supersedes_a_reading_which_stays_and_the_latest_current_one_counts() {
        system.add(indicator("D-03", Direction.AT_LEAST, "10", "50", null), NOW);
        system.report("D-03", new BigDecimal("20"), LocalDate.of(2021, 12, 31), organizationDepartment, "年度", null, null,
                NOW);
        system.report("D-03", new BigDecimal("35"), LocalDate.of(2022, 12, 31), organizationDepartment, "年度", null, null,
                NOW);

        var corrected = system.report("D-03", new BigDecimal("30"), LocalDate.of(2022, 12, 31), organizationDepartment,
                "口径更正", "统计公报", 2, NOW);

        var indicator = system.indicator("D-03");
        assertThat(corrected.corrects()).isEqualTo(2);
        assertThat(indicator.readings()).hasSize(3);
        assertThat(indicator.latestOn(LocalDate.of(2023, 4, 4)).value()).isEqualByComparingTo("30");
        assertThat(indicator.latestOn(LocalDate.of(2022, 6, 30)).value()).isEqualByComparingTo("20");
        assertThat(indicator.attainmentOn(LocalDate.of(2020, 6, 30), system.state().period(), null))
                .isEqualTo(Attainment.NO_DATA);
        assertThatThrownBy(() -> system.report("D-03", BigDecimal.ONE, LocalDate.of(2022, 12, 31), organizationDepartment,
                null, null, 2, NOW)).isInstanceOf(ReadingCorrectionException.class);
    }

    @Test
    void codes_are_unique_interim_years_lie_in_the_period_and_yes_no_reads_zero_or_one() {
        system.add(indicator("N-01", Direction.YES_NO, "0", "1", null), NOW);

        assertThatThrownBy(() -> system.add(indicator("n-01", Direction.AT_LEAST, "0", "1", null), NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> system.add(new Indicator("S-01", BilingualName.of("共享", null), IndicatorCategory.SHARED,
                "%", Direction.AT_LEAST, BigDecimal.ZERO, BigDecimal.TEN, Map.of(2030, BigDecimal.ONE),
                organizationDepartment, Set.of(), Set.of(), Set.of(), null, List.of()), NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> indicator("N-02", Direction.YES_NO, "0", "5", null))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> system.report("N-01", new BigDecimal("0.5"), LocalDate.of(2022, 1, 1),
                organizationDepartment, null, null, null, NOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> system.report("X-99", BigDecimal.ONE, LocalDate.of(2022, 1, 1), organizationDepartment,
                null, null, null, NOW)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_responsible_organizations_operators_report_and_no_one_else_does() {
        system.add(indicator("S-02", Direction.AT_LEAST, "0", "10", null), NOW);
        var indicator = system.indicator("S-02");
        var otherTown = new OrganizationId(UUID.randomUUID());

        TargetSystemStewardship.requireMayReport(new Actor(organizationDepartment, Role.OPERATOR), indicator);
        assertThatThrownBy(() -> TargetSystemStewardship.requireMayReport(new Actor(otherTown, Role.OPERATOR), indicator))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TargetSystemStewardship.requireMayReport(Actor.system(), indicator))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TargetSystemStewardship.requireMayReport(
                new Actor(organizationDepartment, Role.READER), indicator)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TargetSystemStewardship.requireMayDefine(new Actor(organizationDepartment,
                Role.OPERATOR))).isInstanceOf(AccessDeniedException.class);
        TargetSystemStewardship.requireMayDefine(Actor.system());
    }

    @Test
    void a_rollup_counts_every_state_names_the_worst_and_the_healthy_share_of_indicators_with_data() {
        var rollup = AttainmentRollup.of(List.of(Attainment.MET, Attainment.ON_TRACK, Attainment.AT_RISK,
                Attainment.NO_DATA, Attainment.MET));

        assertThat(rollup.indicators()).isEqualTo(5);
        assertThat(rollup.counts()).containsEntry(Attainment.MET, 2).containsEntry(Attainment.OFF_TRACK, 0)
                .hasSize(5);
        assertThat(rollup.worst()).isEqualTo(Attainment.AT_RISK);
        assertThat(rollup.healthyPercent()).isEqualTo(75);
        assertThat(AttainmentRollup.of(List.of(Attainment.NO_DATA)).healthyPercent()).isNull();
        assertThat(AttainmentRollup.of(List.of()).worst()).isNull();
    }
}
