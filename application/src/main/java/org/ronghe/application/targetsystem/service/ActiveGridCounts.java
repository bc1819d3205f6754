package org.ronghe.application.targetsystem.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ronghe.application.grid.port.out.GridPlans;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.grid.GridPlanId;

/**
 * How many grids are active on a day, for the live indicator that counts them. Reading every plan with its
 * territories took tens of milliseconds, on every view of a dashboard: the counts are kept per day, and read
 * again only when a plan's stored version changed (one cheap read tells). The plans themselves are not kept.
 */
public final class ActiveGridCounts {

    /** Days remembered at most; a console asks for today and a few days it looks back on. */
    private static final int MAX_DAYS = 64;

    private record Counts(Map<GridPlanId, Long> versions, Map<LocalDate, Long> byDay) {
    }

    private final GridPlans plans;
    private final Transactions transactions;
    private volatile Counts counts = new Counts(Map.of(), new ConcurrentHashMap<>());

    public ActiveGridCounts(GridPlans plans, Transactions transactions) {
        this.plans = plans;
        this.transactions = transactions;
    }

    long on(LocalDate day) {
        return transactions.inTransaction(() -> {
            var versions = plans.versions();
            Counts kept = counts;
            if (!kept.versions().equals(versions) || kept.byDay().size() >= MAX_DAYS) {
                kept = new Counts(versions, new ConcurrentHashMap<>());
                counts = kept;
            }
            Long known = kept.byDay().get(day);
            if (known != null) {
                return known;
            }
            long count = plans.all().stream().mapToLong(plan -> plan.activeOn(day).size()).sum();
            kept.byDay().put(day, count);
            return count;
        });
    }
}
