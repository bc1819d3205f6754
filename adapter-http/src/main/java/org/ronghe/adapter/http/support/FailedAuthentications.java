package org.ronghe.adapter.http.support;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Failed authentications per client address: at most {@code perMinute} (bursts of as many), after
 * which the address is refused every route that needs a token, with 429, until its budget refills.
 * Guessing secrets then costs an attacker minutes per few dozen tries, while a person who mistyped a
 * token is not locked out for long. The table holds at most {@link #MAX_ADDRESSES} addresses: past
 * that, the addresses whose budget is full again (which tell nothing) are dropped first.
 */
public final class FailedAuthentications {

    static final int MAX_ADDRESSES = 10_000;

    private final double perNano;
    private final double capacity;
    private final LongSupplier nanoTime;
    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();

    private static final class Budget {
        double left;
        long updatedAt;

        Budget(double left, long updatedAt) {
            this.left = left;
            this.updatedAt = updatedAt;
        }

        void refill(long now, double perNano, double capacity) {
            left = Math.min(capacity, left + (now - updatedAt) * perNano);
            updatedAt = now;
        }
    }

    public FailedAuthentications(long perMinute, LongSupplier nanoTime) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("at least 1 failed authentication a minute");
        }
        this.perNano = perMinute / 60e9;
        this.capacity = perMinute;
        this.nanoTime = nanoTime;
    }

    /** 0 if the address may try to authenticate, else the seconds until it may again. */
    public long blockedFor(String address) {
        Budget budget = budgets.get(address);
        if (budget == null) {
            return 0;
        }
        synchronized (budget) {
            budget.refill(nanoTime.getAsLong(), perNano, capacity);
            return budget.left >= 1 ? 0 : Math.max(1, (long) Math.ceil((1 - budget.left) / perNano / 1e9));
        }
    }

    /** Counts one failed authentication from the address. */
    public void failed(String address) {
        long now = nanoTime.getAsLong();
        if (budgets.size() >= MAX_ADDRESSES && !budgets.containsKey(address)) {
            forgetRecovered(now);
        }
        Budget budget = budgets.computeIfAbsent(address, a -> new Budget(capacity, now));
        synchronized (budget) {
            budget.refill(now, perNano, capacity);
            budget.left = Math.max(0, budget.left - 1);
        }
    }

    private void forgetRecovered(long now) {
        for (Iterator<Budget> it = budgets.values().iterator(); it.hasNext();) {
            Budget budget = it.next();
            synchronized (budget) {
                budget.refill(now, perNano, capacity);
                if (budget.left >= capacity) {
                    it.remove();
                }
            }
        }
    }

    int addresses() {
        return budgets.size();
    }
}
