package org.ronghe.domain.targetsystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Rule 8 exactly at its limits, in the 14th Five-Year period 2021–2025. On 2 July 2023 exactly half of the period
 * has elapsed (913 of 1,826 days), so the expected share that day is 0.5.
 */
@DisplayName("Rule 8 exactly at its limits")
class AttainmentBoundariesTest {

    private static final PlanPeriod FIVE_YEARS = new PlanPeriod(2021, 2025);
    private static final LocalDate HALFWAY = LocalDate.of(2023, 7, 2);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

    private static Attainment assess(Direction direction, String baseline, String target, Map<Integer, BigDecimal> interim,
            String value, LocalDate day) {
        return AttainmentPolicy.assess(direction, new BigDecimal(baseline), new BigDecimal(target), interim, FIVE_YEARS,
                new BigDecimal(value), day);
    }

    @Nested
    @DisplayName("a value at the target meets it")
    class AtTheTarget {

        @Test
        void a_value_exactly_at_an_at_most_target_counts_as_met() {
            // overdue commitments from 40 down to at most 10: exactly 10 is met, also on the period's last day
            assertThat(assess(Direction.AT_MOST, "40", "10", Map.of(), "10", HALFWAY)).isEqualTo(Attainment.MET);
            assertThat(assess(Direction.AT_MOST, "40", "10", Map.of(), "10.00", LAST_DAY)).isEqualTo(Attainment.MET);
            assertThat(assess(Direction.AT_MOST, "40", "10", Map.of(), "10.01", LAST_DAY)).isEqualTo(Attainment.OFF_TRACK);
        }

        @Test
        void a_value_exactly_at_an_at_least_target_counts_as_met_on_the_last_day() {
            assertThat(assess(Direction.AT_LEAST, "2", "9", Map.of(), "9", LAST_DAY)).isEqualTo(Attainment.MET);
            assertThat(assess(Direction.AT_LEAST, "2", "9", Map.of(), "8.99", LAST_DAY)).isEqualTo(Attainment.OFF_TRACK);
        }
    }

    @Nested
    @DisplayName("the at-risk margin")
    class AtRiskMargin {

        @Test
        void exactly_the_margin_behind_the_expected_share_is_still_at_risk_and_any_further_is_off_track() {
            // 0 → 10 halfway through: 5 is on track, 3 (0.3 of the way, 0.2 behind) at risk, 2.9 off track
            assertThat(assess(Direction.AT_LEAST, "0", "10", Map.of(), "5", HALFWAY)).isEqualTo(Attainment.ON_TRACK);
            assertThat(assess(Direction.AT_LEAST, "0", "10", Map.of(), "4.9", HALFWAY)).isEqualTo(Attainment.AT_RISK);
            assertThat(assess(Direction.AT_LEAST, "0", "10", Map.of(), "3", HALFWAY)).isEqualTo(Attainment.AT_RISK);
            assertThat(assess(Direction.AT_LEAST, "0", "10", Map.of(), "2.9", HALFWAY)).isEqualTo(Attainment.OFF_TRACK);
        }
    }

    @Nested
    @DisplayName("a target that asks for no movement holds the line")
    class HoldingTheLine {

        @Test
        void an_at_least_target_equal_to_its_baseline_is_met_at_it_and_off_track_once_below() {
            // party-member satisfaction was 95 % and is to stay at least 95 %
            assertThat(assess(Direction.AT_LEAST, "95", "95", Map.of(), "95", HALFWAY)).isEqualTo(Attainment.MET);
            assertThat(assess(Direction.AT_LEAST, "95", "95", Map.of(), "94.9", HALFWAY)).isEqualTo(Attainment.OFF_TRACK);
        }

        @Test
        void an_at_most_target_equal_to_its_baseline_is_met_at_it_and_off_track_once_above() {
            // complaints about blocked fire lanes were 10 a month and are to stay at most 10
            assertThat(assess(Direction.AT_MOST, "10", "10", Map.of(), "10", HALFWAY)).isEqualTo(Attainment.MET);
            assertThat(assess(Direction.AT_MOST, "10", "10", Map.of(), "11", HALFWAY)).isEqualTo(Attainment.OFF_TRACK);
        }

        @Test
        void an_at_most_target_above_its_baseline_is_off_track_once_broken() {
            assertThat(assess(Direction.AT_MOST, "5", "10", Map.of(), "12", HALFWAY)).isEqualTo(Attainment.OFF_TRACK);
        }
    }

    @Nested
    @DisplayName("an exact target")
    class ExactTarget {

        @Test
        void overshooting_an_exact_target_is_as_far_off_as_falling_short_by_as_much() {
            // 0 → exactly 100 halfway through: 160 and 40 are both 0.4 of the way, 190 and 10 both 0.1
            assertThat(assess(Direction.EXACTLY, "0", "100", Map.of(), "160", HALFWAY)).isEqualTo(Attainment.AT_RISK);
            assertThat(assess(Direction.EXACTLY, "0", "100", Map.of(), "40", HALFWAY)).isEqualTo(Attainment.AT_RISK);
            assertThat(assess(Direction.EXACTLY, "0", "100", Map.of(), "190", HALFWAY)).isEqualTo(Attainment.OFF_TRACK);
            assertThat(assess(Direction.EXACTLY, "0", "100", Map.of(), "10", HALFWAY)).isEqualTo(Attainment.OFF_TRACK);
        }
    }

    @Nested
    @DisplayName("interim targets")
    class InterimTargets {

        @Test
        void an_interim_target_of_a_later_year_sets_no_expectation_yet_and_the_calendar_does() {
            // 2 → 9 with an interim target of 8 for 2024: in mid-2023, 6 (4/7 of the way) is ahead of the calendar's half
            var interim = Map.of(2024, new BigDecimal("8"));

            assertThat(assess(Direction.AT_LEAST, "2", "9", interim, "6", HALFWAY)).isEqualTo(Attainment.ON_TRACK);
            assertThat(assess(Direction.AT_LEAST, "2", "9", interim, "6", LocalDate.of(2024, 1, 1)))
                    .as("from 2024 on, 6/7 of the way is expected").isEqualTo(Attainment.OFF_TRACK);
        }
    }
}
