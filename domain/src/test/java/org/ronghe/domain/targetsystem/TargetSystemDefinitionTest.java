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

import org.assertj.core.api.Condition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.DomainException;
import org.ronghe.domain.shared.InvalidValueException;

/** Defining the 14th Five-Year target system: its period, its indicators and their links, readings, storing. */
@DisplayName("Defining a target system and reporting on it")
class TargetSystemDefinitionTest {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private final OrganizationId organizationDepartment = new OrganizationId(UUID.randomUUID());
    private final TargetSystemId systemId = new TargetSystemId(UUID.randomUUID());
    private final TargetSystem.Definition definition = TargetSystem.define(systemId, "嘉定新城“十四五”融合型党建目标体系",
            new PlanPeriod(2021, 2025), NOW);
    private final TargetSystem system = definition.system();

    /** The stable code by which adapters report a refusal. */
    private static Condition<Throwable> code(String code) {
        return new Condition<>(e -> e instanceof DomainException refusal && refusal.code().equals(code), "code " + code);
    }

    private Indicator indicator(String code, IndicatorCategory category, Direction direction, String baseline,
            String target, Map<Integer, BigDecimal> interim, LiveFigure live) {
        return new Indicator(code, BilingualName.of("指标" + code, null), category, "个", direction,
                baseline == null ? null : new BigDecimal(baseline), new BigDecimal(target), interim,
                organizationDepartment, Set.of(), Set.of(), Set.of(), live, List.of());
    }

    private Indicator manual(String code) {
        return indicator(code, IndicatorCategory.DEVELOPMENTAL, Direction.AT_LEAST, "10", "50", Map.of(), null);
    }

    @Nested
    @DisplayName("the plan period")
    class Periods {

        @Test
        void a_target_system_is_defined_for_its_plan_period() {
            assertThat(definition.event()).isEqualTo(new TargetSystemDefined(systemId, new PlanPeriod(2021, 2025), NOW));
            assertThat(system.getId()).isEqualTo(systemId);
            assertThat(system.state().indicators()).isEmpty();
        }

        @Test
        void a_plan_period_may_last_a_single_year() {
            var oneYear = new PlanPeriod(2025, 2025);

            assertThat(oneYear.start()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(oneYear.end()).isEqualTo(LocalDate.of(2025, 12, 31));
        }

        @Test
        void a_plan_period_lies_within_the_years_the_model_can_be_about_from_1949_to_2100() {
            assertThat(new PlanPeriod(1949, 2100).end()).isEqualTo(LocalDate.of(2100, 12, 31));
            assertThatThrownBy(() -> new PlanPeriod(1948, 1950)).isInstanceOf(InvalidValueException.class)
                    .hasMessage("period: must be whole years from 1949 to 2100, the first not after the last");
            assertThatThrownBy(() -> new PlanPeriod(2096, 2101)).isInstanceOf(InvalidValueException.class);
        }

        @Test
        void a_period_ending_before_it_starts_is_refused() {
            assertThatThrownBy(() -> new PlanPeriod(2025, 2024)).isInstanceOf(InvalidValueException.class);
        }
    }

    @Nested
    @DisplayName("indicators")
    class Indicators {

        @Test
        void each_added_indicator_is_announced_with_its_code_category_and_whether_it_is_live() {
            var first = system.add(manual("D-01"), NOW);
            var second = system.add(indicator("C-01", IndicatorCategory.COLLABORATIVE, Direction.AT_LEAST, "0", "9",
                    Map.of(), LiveFigure.ESTABLISHED_AREA_COMMITTEES), NOW);

            assertThat(first).isEqualTo(new IndicatorAdded(systemId, "D-01", IndicatorCategory.DEVELOPMENTAL, false, NOW));
            assertThat(second).isEqualTo(new IndicatorAdded(systemId, "C-01", IndicatorCategory.COLLABORATIVE, true, NOW));
            assertThat(system.state().indicators()).extracting(Indicator::code).containsExactly("D-01", "C-01");
        }

        @Test
        void interim_targets_may_fall_in_the_first_and_the_last_year_of_the_period_and_not_outside_it() {
            system.add(indicator("D-02", IndicatorCategory.DEVELOPMENTAL, Direction.AT_LEAST, "2", "9",
                    Map.of(2021, new BigDecimal("3"), 2025, new BigDecimal("9")), null), NOW);

            assertThatThrownBy(() -> system.add(indicator("D-03", IndicatorCategory.DEVELOPMENTAL, Direction.AT_LEAST, "2",
                    "9", Map.of(2020, new BigDecimal("2")), null), NOW)).isInstanceOf(InvalidValueException.class)
                    .hasMessage("interimTargets: year 2020 lies outside the plan period");
            assertThatThrownBy(() -> system.add(indicator("D-04", IndicatorCategory.DEVELOPMENTAL, Direction.AT_LEAST, "2",
                    "9", Map.of(2026, new BigDecimal("9")), null), NOW)).isInstanceOf(InvalidValueException.class)
                    .hasMessage("interimTargets: year 2026 lies outside the plan period");
            assertThat(system.state().indicators()).extracting(Indicator::code).containsExactly("D-02");
        }

        @Test
        void an_indicator_keeps_the_projects_committees_and_areas_it_links_to() {
            var road = new ProjectId(UUID.randomUUID());
            var cityCommittee = new CommitteeId(UUID.randomUUID());
            var ximen = new AreaId(UUID.randomUUID());

            var linked = new Indicator("P-02", BilingualName.of("示范路域建成数", null), IndicatorCategory.PRACTICAL, "条",
                    Direction.AT_LEAST, BigDecimal.ZERO, new BigDecimal("6"), null, organizationDepartment, Set.of(road),
                    Set.of(cityCommittee), Set.of(ximen), null, null);

            assertThat(linked.projects()).containsExactly(road);
            assertThat(linked.committees()).containsExactly(cityCommittee);
            assertThat(linked.areas()).containsExactly(ximen);
            assertThat(linked.interimTargets()).isEmpty();
            assertThat(linked.readings()).isEmpty();
        }

        @Test
        void a_yes_no_indicator_may_go_without_a_baseline_but_one_it_names_is_zero_or_one() {
            var rulesAdopted = indicator("N-03", IndicatorCategory.NORMATIVE, Direction.YES_NO, null, "1", Map.of(), null);

            assertThat(rulesAdopted.baseline()).isNull();
            assertThatThrownBy(() -> indicator("N-04", IndicatorCategory.NORMATIVE, Direction.YES_NO, "2", "1", Map.of(),
                    null)).isInstanceOf(InvalidValueException.class);
        }

        @Test
        void a_live_figure_says_what_it_counts() {
            assertThat(LiveFigure.ESTABLISHED_AREA_COMMITTEES.definition())
                    .isEqualTo("area fusion committees ESTABLISHED on the day (片区功能单元)");
        }
    }

    @Nested
    @DisplayName("readings")
    class Readings {

        @Test
        void readings_are_numbered_in_order_and_a_correction_names_the_reading_it_supersedes() {
            system.add(manual("D-05"), NOW);

            var first = system.report("D-05", new BigDecimal("20"), LocalDate.of(2021, 12, 31), organizationDepartment,
                    "年度", null, null, NOW);
            var correction = system.report("D-05", new BigDecimal("18"), LocalDate.of(2021, 12, 31),
                    organizationDepartment, "口径更正", null, 1, NOW);

            assertThat(first).isEqualTo(new ReadingReported(systemId, "D-05", 1, null, NOW));
            assertThat(correction).isEqualTo(new ReadingReported(systemId, "D-05", 2, 1, NOW));
        }

        @Test
        void a_reading_of_a_live_indicator_is_refused_naming_the_figure_it_is_bound_to() {
            system.add(indicator("C-02", IndicatorCategory.COLLABORATIVE, Direction.AT_LEAST, "0", "9", Map.of(),
                    LiveFigure.ESTABLISHED_AREA_COMMITTEES), NOW);

            assertThatThrownBy(() -> system.report("C-02", BigDecimal.ONE, LocalDate.of(2022, 1, 1),
                    organizationDepartment, null, null, null, NOW)).isInstanceOf(LiveIndicatorException.class)
                    .hasMessage("'C-02' is bound to ESTABLISHED_AREA_COMMITTEES and takes no manual readings")
                    .has(code("live-indicator"));
        }

        @Test
        void a_correction_of_a_reading_that_does_not_exist_is_refused_and_nothing_is_recorded() {
            system.add(manual("D-06"), NOW);
            system.report("D-06", new BigDecimal("20"), LocalDate.of(2021, 12, 31), organizationDepartment, null, null,
                    null, NOW);

            assertThatThrownBy(() -> system.report("D-06", new BigDecimal("21"), LocalDate.of(2021, 12, 31),
                    organizationDepartment, null, null, 5, NOW)).isInstanceOf(ReadingCorrectionException.class)
                    .hasMessage("reading 5 of 'D-06' does not exist or was corrected already")
                    .has(code("reading-correction"));
            assertThat(system.indicator("D-06").readings()).hasSize(1);
        }
    }

    @Nested
    @DisplayName("storing and restoring")
    class Storing {

        @Test
        void a_restored_system_is_the_system_that_was_stored_with_the_version_it_was_stored_at() {
            system.add(manual("D-07"), NOW);
            system.markStored(4);

            var restored = TargetSystem.restore(system.state());

            assertThat(restored.getId()).isEqualTo(systemId);
            assertThat(restored.state()).isEqualTo(system.state());
            assertThat(restored.version()).isEqualTo(4);
        }

        @Test
        void a_target_system_id_is_read_from_its_text_and_written_back_the_same() {
            var text = "0b7e3a52-91c4-4d1f-8a2e-5c6d7e8f9a01";

            assertThat(TargetSystemId.parse("systemId", " " + text + " ").toString()).isEqualTo(text);
            assertThatThrownBy(() -> TargetSystemId.parse("systemId", "十四五")).isInstanceOf(InvalidValueException.class)
                    .hasMessage("systemId: is not a valid target system id");
            assertThatThrownBy(() -> TargetSystemId.parse("systemId", null)).isInstanceOf(InvalidValueException.class);
        }
    }
}
