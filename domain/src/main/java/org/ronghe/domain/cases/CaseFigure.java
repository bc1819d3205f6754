package org.ronghe.domain.cases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jmolecules.ddd.types.ValueObject;

/**
 * One group's figures: how many cases came in and were closed, the on-time rate (closed on time, over closed and
 * open past their limit), the median hours to sign for (from dispatch) and to close (from receipt), and the
 * duplicates, escalations and returns they counted.
 *
 * @param key                  the group (see {@link CaseFigureQuery.Grouping#keyOf}), null for cases without one
 * @param closedOnTime         closed with no limit passed before its step
 * @param openPastLimit        open, their limit passed at the figures' instant
 * @param medianHoursToSignFor null when none was signed for
 * @param medianHoursToClose   null when none was closed
 */
public record CaseFigure(String key, long received, long closed, long closedOnTime, long openPastLimit,
        long duplicates, long escalations, long returns, Double medianHoursToSignFor, Double medianHoursToClose)
        implements ValueObject {

    /** The order of the groups: by key, the group without one (cases outside every grid) last. */
    public static final java.util.Comparator<CaseFigure> IN_KEY_ORDER = java.util.Comparator.comparing(CaseFigure::key,
            java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

    /** Closed on time over closed plus open past their limit; null while both are none. */
    public Double onTimeRate() {
        long judged = closed + openPastLimit;
        return judged == 0 ? null : (double) closedOnTime / judged;
    }

    /** The figures of the cases a query counts, by its grouping, groups in key order (none last). */
    public static List<CaseFigure> of(Iterable<CityCase> cases, CaseFigureQuery query) {
        Map<String, Tally> groups = new LinkedHashMap<>();
        for (CityCase c : cases) {
            if (query.counts(c)) {
                groups.computeIfAbsent(query.by().keyOf(c), Tally::new).add(c, query);
            }
        }
        return groups.values().stream().map(Tally::figure).sorted(IN_KEY_ORDER).toList();
    }

    /** The median of some hours: the middle one, or the mean of the two in the middle; null for none. */
    static Double median(List<Double> hours) {
        if (hours.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(hours);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static double hours(Duration duration) {
        return duration.toMillis() / 3_600_000.0;
    }

    private static final class Tally {
        private final String key;
        private long received;
        private long closed;
        private long closedOnTime;
        private long openPastLimit;
        private long duplicates;
        private long escalations;
        private long returns;
        private final List<Double> toSignFor = new ArrayList<>();
        private final List<Double> toClose = new ArrayList<>();

        Tally(String key) {
            this.key = key;
        }

        void add(CityCase c, CaseFigureQuery query) {
            var p = c.state().progress();
            received++;
            if (c.status() == CaseStatus.CLOSED) {
                closed++;
                if (!p.late()) {
                    closedOnTime++;
                }
                toClose.add(hours(Duration.between(c.receivedAt(), p.closedAt())));
            }
            if (c.isOverdueAt(query.asOf())) {
                openPastLimit++;
            }
            if (p.signedForAt() != null && p.dispatchedAt() != null) {
                toSignFor.add(hours(Duration.between(p.dispatchedAt(), p.signedForAt())));
            }
            duplicates += p.duplicates();
            escalations += p.escalations();
            returns += p.returns();
        }

        CaseFigure figure() {
            return new CaseFigure(key, received, closed, closedOnTime, openPastLimit, duplicates, escalations,
                    returns, median(toSignFor), median(toClose));
        }
    }
}
