package org.ronghe.domain.targetsystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Rule 8 at its edges: the 14th Five-Year period 2021–2025, judged on the day asked. */
class AttainmentPolicyTest {

    private static final PlanPeriod FIVE_YEARS = new PlanPeriod(2021, 2025);
    private static final LocalDate MID_2023 = LocalDate.of(2023, 7, 2);

    private static Attainment areaUnits(String value, LocalDate day) {
        return AttainmentPolicy.assess(Direction.AT_LEAST, new BigDecimal("2"), new BigDecimal("9"), Map.of(), FIVE_YEARS,
                value == null ? null : new BigDecimal(value), day);
    }

    @Test
    void at_least_nine_area_functional_units_met_when_nine_are_established() {
        assertThat(areaUnits("9", MID_2023)).isEqualTo(Attainment.MET);
        assertThat(areaUnits("10", LocalDate.of(2026, 1, 1))).isEqualTo(Attainment.MET);
    }

    @Test
    void halfway_through_the_period_progress_is_compared_with_the_time_elapsed() {
        // mid-2023 is about half of 2021–2025: 2 → 9 needs 5.5 to be on track, 4.1 is within the 0.2 margin
        assertThat(areaUnits("6", MID_2023)).isEqualTo(Attainment.ON_TRACK);
        assertThat(areaUnits("4.5", MID_2023)).isEqualTo(Attainment.AT_RISK);
        assertThat(areaUnits("3", MID_2023)).isEqualTo(Attainment.OFF_TRACK);
    }

    @Test
    void without_a_reading_there_is_no_data() {
        assertThat(areaUnits(null, MID_2023)).isEqualTo(Attainment.NO_DATA);
    }

    @Test
    void before_the_period_any_move_towards_the_target_is_on_track_and_a_move_away_is_at_risk() {
        var before = LocalDate.of(2020, 12, 1);
        assertThat(FIVE_YEARS.elapsedShare(before)).isZero();
        assertThat(areaUnits("2", before)).isEqualTo(Attainment.ON_TRACK);
        assertThat(areaUnits("1", before)).isEqualTo(Attainment.AT_RISK);
    }

    @Test
    void on_the_last_day_of_the_period_what_is_not_met_is_off_track() {
        assertThat(FIVE_YEARS.elapsedShare(LocalDate.of(2025, 12, 31))).isEqualTo(1.0);
        assertThat(areaUnits("8.9", LocalDate.of(2025, 12, 31))).isEqualTo(Attainment.OFF_TRACK);
        // the day before, 99% of the way against 99.9% of the time is still only at risk
        assertThat(areaUnits("8.9", LocalDate.of(2025, 12, 30))).isEqualTo(Attainment.AT_RISK);
    }

    @Test
    void a_target_below_its_baseline_holds_the_line_and_is_off_track_once_broken() {
        // AT_LEAST 95% satisfaction where 97% was measured: met while at or above 95, off track below
        assertThat(AttainmentPolicy.assess(Direction.AT_LEAST, new BigDecimal("97"), new BigDecimal("95"), Map.of(),
                FIVE_YEARS, new BigDecimal("96"), MID_2023)).isEqualTo(Attainment.MET);
        assertThat(AttainmentPolicy.assess(Direction.AT_LEAST, new BigDecimal("97"), new BigDecimal("95"), Map.of(),
                FIVE_YEARS, new BigDecimal("94"), MID_2023)).isEqualTo(Attainment.OFF_TRACK);
    }

    @Test
    void at_most_counts_the_way_down() {
        // overdue commitments from 40 down to at most 10: 20 mid-period is two thirds of the way
        assertThat(AttainmentPolicy.assess(Direction.AT_MOST, new BigDecimal("40"), new BigDecimal("10"), Map.of(),
                FIVE_YEARS, new BigDecimal("20"), MID_2023)).isEqualTo(Attainment.ON_TRACK);
        assertThat(AttainmentPolicy.assess(Direction.AT_MOST, new BigDecimal("40"), new BigDecimal("10"), Map.of(),
                FIVE_YEARS, new BigDecimal("45"), MID_2023)).isEqualTo(Attainment.OFF_TRACK);
    }

    @Test
    void exactly_measures_the_distance_left_to_the_target() {
        assertThat(AttainmentPolicy.assess(Direction.EXACTLY, new BigDecimal("0"), new BigDecimal("100"), Map.of(),
                FIVE_YEARS, new BigDecimal("100.0"), MID_2023)).isEqualTo(Attainment.MET);
        assertThat(AttainmentPolicy.assess(Direction.EXACTLY, new BigDecimal("0"), new BigDecimal("100"), Map.of(),
                FIVE_YEARS, new BigDecimal("130"), MID_2023)).isEqualTo(Attainment.ON_TRACK);
        assertThat(AttainmentPolicy.assess(Direction.EXACTLY, new BigDecimal("50"), new BigDecimal("50"), Map.of(),
                FIVE_YEARS, new BigDecimal("49"), MID_2023)).isEqualTo(Attainment.OFF_TRACK);
    }

    @Test
    void yes_no_is_met_when_done_on_track_only_before_the_period_and_then_falls_behind() {
        assertThat(AttainmentPolicy.assess(Direction.YES_NO, BigDecimal.ZERO, BigDecimal.ONE, Map.of(), FIVE_YEARS,
                BigDecimal.ONE, MID_2023)).isEqualTo(Attainment.MET);
        assertThat(AttainmentPolicy.assess(Direction.YES_NO, BigDecimal.ZERO, BigDecimal.ONE, Map.of(), FIVE_YEARS,
                BigDecimal.ZERO, LocalDate.of(2020, 12, 31))).isEqualTo(Attainment.ON_TRACK);
        assertThat(AttainmentPolicy.assess(Direction.YES_NO, BigDecimal.ZERO, BigDecimal.ONE, Map.of(), FIVE_YEARS,
                BigDecimal.ZERO, LocalDate.of(2021, 6, 1))).isEqualTo(Attainment.AT_RISK);
        assertThat(AttainmentPolicy.assess(Direction.YES_NO, BigDecimal.ZERO, BigDecimal.ONE, Map.of(), FIVE_YEARS,
                BigDecimal.ZERO, MID_2023)).isEqualTo(Attainment.OFF_TRACK);
    }

    @Test
    void an_interim_target_sets_the_expectation_instead_of_the_calendar() {
        // 2 → 9 with 2023's interim target 8: 6/7 of the way is expected mid-2023, not the calendar's half
        var interim = Map.of(2022, new BigDecimal("4"), 2023, new BigDecimal("8"));
        assertThat(AttainmentPolicy.assess(Direction.AT_LEAST, new BigDecimal("2"), new BigDecimal("9"), interim,
                FIVE_YEARS, new BigDecimal("7"), MID_2023)).isEqualTo(Attainment.AT_RISK);
        assertThat(AttainmentPolicy.assess(Direction.AT_LEAST, new BigDecimal("2"), new BigDecimal("9"), interim,
                FIVE_YEARS, new BigDecimal("6"), MID_2023)).as("on track by the calendar alone").isEqualTo(
                        Attainment.OFF_TRACK);
        assertThat(AttainmentPolicy.assess(Direction.AT_LEAST, new BigDecimal("2"), new BigDecimal("9"), interim,
                FIVE_YEARS, new BigDecimal("8"), MID_2023)).isEqualTo(Attainment.ON_TRACK);
    }
}
