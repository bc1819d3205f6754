package org.ronghe.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.shared.InvalidValueException;

@DisplayName("Time limits in working days are counted on the city's calendar of holidays and make-up working days")
class WorkingCalendarScenariosTest {

    /** Labour Day 2023: 29 April to 3 May off, Sunday 23 April and Saturday 6 May worked instead (调休). */
    static final WorkingCalendar CALENDAR_2023 = new WorkingCalendar(
            Set.of(LocalDate.of(2023, 4, 5), LocalDate.of(2023, 4, 29), LocalDate.of(2023, 4, 30),
                    LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 3)),
            Set.of(LocalDate.of(2023, 4, 23), LocalDate.of(2023, 5, 6)));

    static Instant cityTime(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingCalendar.CITY_TIME).toInstant();
    }

    @Test
    void weekdays_are_working_days_except_holidays_and_a_make_up_weekend_day_is_one() {
        assertThat(CALENDAR_2023.isWorkingDay(LocalDate.of(2023, 4, 4))).isTrue();
        assertThat(CALENDAR_2023.isWorkingDay(LocalDate.of(2023, 4, 5))).as("清明节").isFalse();
        assertThat(CALENDAR_2023.isWorkingDay(LocalDate.of(2023, 4, 8))).as("a Saturday").isFalse();
        assertThat(CALENDAR_2023.isWorkingDay(LocalDate.of(2023, 4, 9))).as("a Sunday").isFalse();
        assertThat(CALENDAR_2023.isWorkingDay(LocalDate.of(2023, 4, 23))).as("调休 Sunday").isTrue();
        assertThat(CALENDAR_2023.isWorkingDay(LocalDate.of(2023, 5, 6))).as("调休 Saturday").isTrue();
    }

    @Test
    void two_working_days_from_a_friday_afternoon_end_on_tuesday_at_the_same_hour() {
        assertThat(CALENDAR_2023.after(cityTime("2023-04-14T15:00"), Duration.ofDays(2), true))
                .isEqualTo(cityTime("2023-04-18T15:00"));
        assertThat(CALENDAR_2023.counted(cityTime("2023-04-14T15:00"), cityTime("2023-04-17T15:00"), true))
                .as("Friday's nine hours and Monday's fifteen").isEqualTo(Duration.ofHours(24));
    }

    @Test
    void a_working_day_limit_steps_over_the_labour_day_holiday() {
        assertThat(CALENDAR_2023.after(cityTime("2023-04-28T10:00"), Duration.ofDays(1), true))
                .isEqualTo(cityTime("2023-05-04T10:00"));
        assertThat(CALENDAR_2023.counted(cityTime("2023-04-28T10:00"), cityTime("2023-05-04T10:00"), true))
                .isEqualTo(Duration.ofDays(1));
    }

    @Test
    void a_working_day_that_starts_at_midnight_ends_at_the_next_midnight() {
        assertThat(CALENDAR_2023.after(cityTime("2023-04-14T00:00"), Duration.ofDays(1), true))
                .isEqualTo(cityTime("2023-04-15T00:00"));
    }

    @Test
    void a_make_up_sunday_counts_whole() {
        assertThat(CALENDAR_2023.after(cityTime("2023-04-22T12:00"), Duration.ofDays(1), true))
                .isEqualTo(cityTime("2023-04-24T00:00"));
    }

    @Test
    void a_limit_of_nothing_starting_on_a_rest_day_ends_when_the_next_working_day_starts() {
        assertThat(CALENDAR_2023.after(cityTime("2023-04-08T12:00"), Duration.ZERO, true))
                .isEqualTo(cityTime("2023-04-10T00:00"));
        assertThat(CALENDAR_2023.after(cityTime("2023-04-10T12:00"), Duration.ZERO, true))
                .isEqualTo(cityTime("2023-04-10T12:00"));
    }

    @Test
    void a_limit_in_hours_counts_every_hour_rest_days_too() {
        assertThat(CALENDAR_2023.after(cityTime("2023-04-28T22:00"), Duration.ofHours(5), false))
                .isEqualTo(cityTime("2023-04-29T03:00"));
        assertThat(CALENDAR_2023.counted(cityTime("2023-04-14T15:00"), cityTime("2023-04-17T15:00"), false))
                .isEqualTo(Duration.ofHours(72));
    }

    @Test
    void no_time_counts_backwards_or_within_an_instant() {
        var at = cityTime("2023-04-14T15:00");
        assertThat(CALENDAR_2023.counted(at, at, true)).isZero();
        assertThat(CALENDAR_2023.counted(at, at.minusSeconds(60), false)).isZero();
        assertThat(CALENDAR_2023.counted(at, at.plusSeconds(60), false)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void a_make_up_working_day_falls_on_a_weekend_and_is_never_a_holiday_too() {
        assertThatThrownBy(() -> new WorkingCalendar(Set.of(), Set.of(LocalDate.of(2023, 4, 24))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("MONDAY");
        assertThatThrownBy(() -> new WorkingCalendar(Set.of(LocalDate.of(2023, 4, 23)), Set.of(LocalDate.of(2023, 4, 23))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("a holiday and a make-up");
        assertThatThrownBy(() -> new WorkingCalendar(Set.of(LocalDate.of(1900, 1, 1)), Set.of()))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new WorkingCalendar(Set.of(), Set.of(LocalDate.of(1900, 1, 6))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("makeUpWorkingDays");
        assertThat(WorkingCalendar.weekdays().isWorkingDay(LocalDate.of(2023, 5, 1))).isTrue();
        assertThat(new WorkingCalendar(null, null)).isEqualTo(WorkingCalendar.weekdays());
    }
}
