package org.ronghe.domain.cases;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.Days;
import org.ronghe.domain.shared.InvalidValueException;

/**
 * Which days are working days in the city: Monday to Friday, except the public holidays, plus the make-up
 * working days (调休) that fall on a weekend. Both lists are data, replaced when the State Council publishes the
 * next year's; a day beyond them is judged by the weekday alone.
 */
public record WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) implements ValueObject {

    /** Days are days in the city: China Standard Time, without daylight saving. */
    public static final ZoneId CITY_TIME = ZoneId.of("Asia/Shanghai");
    /** Ten years of rest days in a row cannot happen; a walk that long is a broken calendar. */
    private static final int MAX_DAYS_WALKED = 3_660;

    public WorkingCalendar {
        holidays = Set.copyOf(new TreeSet<>(holidays == null ? Set.of() : holidays));
        makeUpWorkingDays = Set.copyOf(new TreeSet<>(makeUpWorkingDays == null ? Set.of() : makeUpWorkingDays));
        for (LocalDate day : holidays) {
            Days.plausible("holidays", day);
            if (makeUpWorkingDays.contains(day)) {
                throw new InvalidValueException("makeUpWorkingDays", day + " is a holiday and a make-up working day");
            }
        }
        for (LocalDate day : makeUpWorkingDays) {
            Days.plausible("makeUpWorkingDays", day);
            if (!isWeekend(day)) {
                throw new InvalidValueException("makeUpWorkingDays", day + " is a " + day.getDayOfWeek()
                        + ": a make-up working day falls on a Saturday or Sunday");
            }
        }
    }

    /** Weekdays only, no holidays: for tests and a first start without a published calendar. */
    public static WorkingCalendar weekdays() {
        return new WorkingCalendar(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        return makeUpWorkingDays.contains(day) || !(isWeekend(day) || holidays.contains(day));
    }

    /** The time between two instants that counts against a limit: all of it, or the part on working days. */
    public Duration counted(Instant from, Instant to, boolean workingTimeOnly) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (!workingTimeOnly) {
            return Duration.between(from, to);
        }
        Duration counted = Duration.ZERO;
        LocalDate day = LocalDate.ofInstant(from, CITY_TIME);
        Instant cursor = from;
        while (cursor.isBefore(to)) {
            Instant endOfDay = day.plusDays(1).atStartOfDay(CITY_TIME).toInstant();
            Instant until = endOfDay.isBefore(to) ? endOfDay : to;
            if (isWorkingDay(day)) {
                counted = counted.plus(Duration.between(cursor, until));
            }
            cursor = until;
            day = day.plusDays(1);
        }
        return counted;
    }

    /** The instant at which {@code length} of counted time has passed since {@code from}. */
    public Instant after(Instant from, Duration length, boolean workingTimeOnly) {
        if (!workingTimeOnly) {
            return from.plus(length);
        }
        Duration remaining = length;
        LocalDate day = LocalDate.ofInstant(from, CITY_TIME);
        Instant cursor = from;
        for (int walked = 0; walked < MAX_DAYS_WALKED; walked++) {
            Instant endOfDay = day.plusDays(1).atStartOfDay(CITY_TIME).toInstant();
            if (isWorkingDay(day)) {
                Duration available = Duration.between(cursor, endOfDay);
                if (remaining.compareTo(available) <= 0) {
                    return cursor.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            cursor = endOfDay;
            day = day.plusDays(1);
        }
        throw new IllegalStateException("no working day within ten years of " + from);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
