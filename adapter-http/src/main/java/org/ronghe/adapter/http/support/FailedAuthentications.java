package org.ronghe.adapter.http.support;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Failed authentications per client address: at most {@code perMinute} (bursts of as many), after
 * which the address is refused every route that needs a token, with 429, until its budget refills.
 * Guessing secrets then costs an attacker minutes per few dozen tries, while a person who mistyped a
 * token is not locked out for long. An IPv6 client is counted by its /64 network, which one machine
 * usually has whole: counting single addresses would give it billions of budgets. The table holds at
 * most {@link #MAX_ADDRESSES} clients: past that, a tenth is dropped at once, those whose budget is full
 * again (which tell nothing) first, so memory and the cost of a new client stay bounded under a flood.
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
        Budget budget = budgets.get(clientOf(address));
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
        String client = clientOf(address);
        if (budgets.size() >= MAX_ADDRESSES && !budgets.containsKey(client)) {
            makeRoom(now);
        }
        Budget budget = budgets.computeIfAbsent(client, a -> new Budget(capacity, now));
        synchronized (budget) {
            budget.refill(now, perNano, capacity);
            budget.left = Math.max(0, budget.left - 1);
        }
    }

    /** Drops a tenth of the table: recovered clients first, then any (their budgets start afresh). */
    private synchronized void makeRoom(long now) {
        int target = MAX_ADDRESSES - MAX_ADDRESSES / 10;
        for (Iterator<Budget> it = budgets.values().iterator(); it.hasNext() && budgets.size() > target;) {
            Budget budget = it.next();
            synchronized (budget) {
                budget.refill(now, perNano, capacity);
                if (budget.left >= capacity) {
                    it.remove();
                }
            }
        }
        for (Iterator<Budget> it = budgets.values().iterator(); it.hasNext() && budgets.size() > target;) {
            it.next();
            it.remove();
        }
    }

    /** The address an IPv4 client is counted by, or the /64 network of an IPv6 one. */
    static String clientOf(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(address.startsWith("[") ? address.substring(1,
                    address.length() - 1) : address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            var network = new StringBuilder("v6:");
            for (int i = 0; i < 8; i++) {
                network.append(String.format("%02x", bytes[i]));
            }
            return network.toString();
        } catch (java.net.UnknownHostException notAnAddress) {
            return address;
        }
    }

    int addresses() {
        return budgets.size();
    }
}
