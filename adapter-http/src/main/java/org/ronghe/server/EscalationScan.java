package org.ronghe.server;

import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.ronghe.application.cases.port.in.CaseCommands;
import org.ronghe.application.shared.port.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Escalates the cases whose limits passed, by itself, every period (a minute by default). Each node of a cluster
 * runs its own: the scan is idempotent and a case two nodes reach at once is escalated by the first, the second
 * finding it moved on. A failed scan (the database away) is logged and the next one tries again.
 */
final class EscalationScan implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EscalationScan.class);

    private final CaseCommands cases;
    private final InstantSource clock;
    private final ScheduledExecutorService scheduler;
    private final AtomicLong scans = new AtomicLong();
    private final AtomicLong escalated = new AtomicLong();

    private EscalationScan(CaseCommands cases, InstantSource clock) {
        this.cases = cases;
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "ronghe-escalation-scan");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts scanning every period, the first scan one period from now. */
    static EscalationScan every(Duration period, CaseCommands cases, InstantSource clock) {
        var scan = new EscalationScan(cases, clock);
        scan.scheduler.scheduleWithFixedDelay(scan::scanOnce, period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
        return scan;
    }

    void scanOnce() {
        try {
            int count = cases.escalateDue(Caller.system("escalation scan"), clock.instant());
            scans.incrementAndGet();
            escalated.addAndGet(count);
            if (count > 0) {
                LOG.info("escalation scan: {} cases went one grid level up", count);
            }
        } catch (RuntimeException e) {
            // never let one failure end the schedule: the next scan retries what this one could not do
            LOG.warn("escalation scan failed, retried at the next: {}", e.toString());
        }
    }

    /** Scans that finished. */
    long scans() {
        return scans.get();
    }

    /** Cases escalated since the start. */
    long escalated() {
        return escalated.get();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
