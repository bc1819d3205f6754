package org.ronghe.domain.grid;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A value held from a day until another (exclusive), or until now when {@code until} is null. */
public record Dated<T>(LocalDate from, LocalDate until, T value) {

    public Dated {
        Objects.requireNonNull(from, "from");
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("a value is held for at least a day: " + from + " until " + until);
        }
    }

    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || day.isBefore(until));
    }

    /** The value held on the day, or null. */
    static <T> T on(List<Dated<T>> history, LocalDate day) {
        for (Dated<T> each : history) {
            if (each.holdsOn(day)) {
                return each.value();
            }
        }
        return null;
    }
}
