package org.ronghe.adapter.persistence.jdbi;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import org.ronghe.application.storage.StorageMeter;
import org.ronghe.application.storage.StorageMeter.Kind;

import com.zaxxer.hikari.metrics.IMetricsTracker;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.PoolStats;

/**
 * The connection pool's use and waits, as the pool reports them: connections in use, idle and awaited
 * now, and how often and how long a request waited for one. Counted here, so that the adapter needs
 * no metrics library.
 */
final class PoolMeters implements MetricsTrackerFactory {

    private final LongAdder acquisitions = new LongAdder();
    private final LongAdder acquireNanos = new LongAdder();
    private final LongAdder timeouts = new LongAdder();
    private volatile PoolStats stats;

    @Override
    public IMetricsTracker create(String poolName, PoolStats poolStats) {
        this.stats = poolStats;
        return new IMetricsTracker() {
            @Override
            public void recordConnectionAcquiredNanos(long elapsedNanos) {
                acquisitions.increment();
                acquireNanos.add(elapsedNanos);
            }

            @Override
            public void recordConnectionTimeout() {
                timeouts.increment();
            }
        };
    }

    List<StorageMeter> meters() {
        return List.of(
                new StorageMeter("ronghe.db.pool.connections.active", "connections in use by a request now",
                        Kind.GAUGE, "", () -> stats == null ? 0 : stats.getActiveConnections()),
                new StorageMeter("ronghe.db.pool.connections.idle", "open connections waiting for a request",
                        Kind.GAUGE, "", () -> stats == null ? 0 : stats.getIdleConnections()),
                new StorageMeter("ronghe.db.pool.connections.max", "the most connections the pool opens",
                        Kind.GAUGE, "", () -> stats == null ? 0 : stats.getMaxConnections()),
                new StorageMeter("ronghe.db.pool.pending", "requests waiting for a connection now", Kind.GAUGE,
                        "", () -> stats == null ? 0 : stats.getPendingThreads()),
                new StorageMeter("ronghe.db.pool.acquisitions", "connections handed to a request", Kind.COUNTER,
                        "", acquisitions::sum),
                new StorageMeter("ronghe.db.pool.acquire", "time requests spent waiting for a connection",
                        Kind.COUNTER, "seconds", () -> acquireNanos.sum() / 1e9),
                new StorageMeter("ronghe.db.pool.timeouts",
                        "requests that found no connection in time (answered 503)", Kind.COUNTER, "",
                        timeouts::sum));
    }
}
