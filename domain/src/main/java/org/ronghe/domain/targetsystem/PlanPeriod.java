package org.ronghe.domain.targetsystem;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.Days;
import org.ronghe.domain.shared.InvalidValueException;

/** The whole years a target system runs, e.g. 2021–2025 (the 14th Five-Year Plan). */
public record PlanPeriod(int firstYear, int lastYear) implements ValueObject {

    public PlanPeriod {
        if (firstYear < Days.FIRST.getYear() || lastYear > Days.LAST.getYear() || lastYear < firstYear) {
            throw new InvalidValueException("period", "must be whole years from " + Days.FIRST.getYear() + " to " + Days.LAST.getYear() + ", the first not after the last");
        }
    }

    public LocalDate start() {
        return LocalDate.of(firstYear, 1, 1);
    }

    /** The last day of the period. */
    public LocalDate end() {
        return LocalDate.of(lastYear, 12, 31);
    }

    /** The share of the period elapsed by the end of {@code day}: 0 before it starts, 1 from its last day on. */
    public double elapsedShare(LocalDate day) {
        long total = ChronoUnit.DAYS.between(start(), end().plusDays(1));
        long elapsed = ChronoUnit.DAYS.between(start(), day.plusDays(1));
        return Math.max(0, Math.min(1, (double) elapsed / total));
    }

    public boolean isOverOn(LocalDate day) {
        return !day.isBefore(end());
    }
}
