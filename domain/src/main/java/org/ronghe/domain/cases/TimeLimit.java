package org.ronghe.domain.cases;

import java.time.Duration;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.InvalidValueException;

/**
 * A time limit: hours on the clock, or working days counted on the working-day calendar (a working day's
 * 24 hours count, a rest day's do not: two working days from Friday 15:00 end on Tuesday 15:00).
 */
public record TimeLimit(int amount, LimitUnit unit) implements ValueObject {

    public enum LimitUnit {
        /** Every hour counts, day and night, rest day or not. */
        HOURS,
        /** Only the hours of working days count. */
        WORKING_DAYS
    }

    /** A year of working days, or of hours: longer is a typing error. */
    static final int MAX_HOURS = 24 * 366;
    static final int MAX_WORKING_DAYS = 250;

    public TimeLimit {
        if (unit == null) {
            throw new InvalidValueException("unit", "is required (HOURS or WORKING_DAYS)");
        }
        int max = unit == LimitUnit.HOURS ? MAX_HOURS : MAX_WORKING_DAYS;
        if (amount < 1 || amount > max) {
            throw new InvalidValueException("amount", "must be from 1 to " + max + " " + unit + ", was " + amount);
        }
    }

    public static TimeLimit hours(int hours) {
        return new TimeLimit(hours, LimitUnit.HOURS);
    }

    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, LimitUnit.WORKING_DAYS);
    }

    /** The time that counts against the limit: hours, or working days of 24 counted hours. */
    public Duration length() {
        return unit == LimitUnit.HOURS ? Duration.ofHours(amount) : Duration.ofDays(amount);
    }

    public boolean countsWorkingTimeOnly() {
        return unit == LimitUnit.WORKING_DAYS;
    }
}
