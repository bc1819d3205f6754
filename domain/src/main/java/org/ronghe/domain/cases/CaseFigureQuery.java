package org.ronghe.domain.cases;

import java.time.Instant;
import java.util.Objects;

import org.ronghe.domain.shared.InvalidValueException;

/**
 * Which cases the figures count and how they are grouped: those received from {@code from} (inclusive) to
 * {@code to} (exclusive) and by {@code asOf}, open ones judged past their limit at {@code asOf}.
 *
 * @param from null for no lower bound
 * @param to   null for no upper bound
 */
public record CaseFigureQuery(Grouping by, Instant from, Instant to, Instant asOf) {

    /** What a row of the figures is: a town, a village grid (the unit of the short board), a department, a category. */
    public enum Grouping {
        TOWN, GRID, DEPARTMENT, CATEGORY;

        /** The group a case falls in: an id or a category code; null for a case with none (outside every grid). */
        public String keyOf(CityCase c) {
            var progress = c.state().progress();
            Object key = switch (this) {
                case TOWN -> progress.routing().town();
                case GRID -> progress.routing().villageGrid();
                case DEPARTMENT -> progress.department();
                case CATEGORY -> c.category();
            };
            return key == null ? null : key.toString();
        }
    }

    public CaseFigureQuery {
        if (by == null) {
            throw new InvalidValueException("by", "is required: town, grid, department or category");
        }
        Objects.requireNonNull(asOf, "asOf");
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidValueException("to", "must come after from");
        }
    }

    /** Whether the figures count a case. */
    public boolean counts(CityCase c) {
        Instant received = c.receivedAt();
        return (from == null || !received.isBefore(from)) && (to == null || received.isBefore(to))
                && !received.isAfter(asOf);
    }
}
