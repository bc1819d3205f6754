package org.ronghe.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The days the model can be about: from the founding of the People's Republic (1949-10-01) to the end
 * of 2100. A day outside (year 0, year 999999999) is a typing error or a probe, never a plan; refusing
 * it keeps every listing, sort and overdue figure meaningful.
 */
public final class Days {

    public static final LocalDate FIRST = LocalDate.of(1949, 10, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    private Days() {
    }

    /** The day itself if it lies from {@link #FIRST} to {@link #LAST}; null stays null. */
    public static LocalDate plausible(String field, LocalDate day) {
        if (day != null && (day.isBefore(FIRST) || day.isAfter(LAST))) {
            throw new InvalidValueException(field, "must be a day from " + FIRST + " to " + LAST + ", was " + day);
        }
        return day;
    }

    /** The instant itself if its day (UTC) lies from {@link #FIRST} to {@link #LAST}; null stays null. */
    public static Instant plausible(String field, Instant instant) {
        if (instant != null) {
            try {
                plausible(field, LocalDate.ofInstant(instant, ZoneOffset.UTC));
            } catch (java.time.DateTimeException outOfAnyCalendar) {
                throw new InvalidValueException(field, "must be a time from " + FIRST + " to " + LAST);
            }
        }
        return instant;
    }
}
