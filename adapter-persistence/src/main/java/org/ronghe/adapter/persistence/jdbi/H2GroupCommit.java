package org.ronghe.adapter.persistence.jdbi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import org.ronghe.application.shared.port.StorageBusyException;
import org.ronghe.application.storage.StorageMeter;
import org.ronghe.application.storage.StorageMeter.Kind;

/**
 * Group commit for an embedded H2 file (docs/adr/0010): a transaction commits in memory, then waits
 * until a write of the store covers it; one waiting thread writes for every transaction committed so
 * far, while the next transaction already runs.
 *
 * <p>With {@code WRITE_DELAY=0} H2 writes its store on every commit, and a write costs every page the
 * commit touched, whole (an activity's create touches about fourteen); one write for a group pays for
 * those pages once. Acknowledged writes still survive a killed process: {@link #awaitDurable} returns
 * only after a {@code CHECKPOINT} (H2: "flushes the data to disk") that began after the commit.
 */
final class H2GroupCommit implements AutoCloseable {

    /** Writes everything committed so far to the store. */
    @FunctionalInterface
    interface StoreWriter {
        void write() throws SQLException;
    }

    /** H2's own delay before its background writer stores what was committed ({@code WRITE_DELAY}). */
    static final int H2_DEFAULT_WRITE_DELAY_MILLIS = 500;

    private final StoreWriter writer;
    private final AutoCloseable resources;
    /** Commits made in memory, numbered in commit order (under the writer lock). */
    private long committed;
    /** Every commit up to this number is on disk. */
    private long durable;
    private boolean writing;
    private final LongAdder waits = new LongAdder();
    private final LongAdder waitNanos = new LongAdder();
    private final LongAdder writes = new LongAdder();

    /** Counted down by the first commit or a migration; nothing waits for it where the store opened otherwise. */
    private final CountDownLatch housekeepingHeld;

    H2GroupCommit(StoreWriter writer, AutoCloseable resources) {
        this(writer, resources, new CountDownLatch(0));
    }

    private H2GroupCommit(StoreWriter writer, AutoCloseable resources, CountDownLatch housekeepingHeld) {
        this.writer = writer;
        this.resources = resources;
        this.housekeepingHeld = housekeepingHeld;
    }

    /** H2's background writer runs from now on: the store is being written (a migration, a commit). */
    void endHousekeepingHold() {
        housekeepingHeld.countDown();
    }

    /**
     * On a connection of its own, outside the pool: the thread that writes never waits for one. It opens the
     * database, before the pool does, with H2's background writer held back until the first commit or
     * migration, or for {@code housekeepingHeldBack} where none comes: that writer also compacts a sparse file
     * whenever the store is idle, and a start is idle to it. On a store of 1,000,000 tasks its compaction took
     * a core for the whole start and made the first request 0.23 s later (BENCHMARKS.md). Held back, each
     * commit writes the store itself (as with WRITE_DELAY=0), slower than in groups: hence the first write
     * ends it (docs/adr/0010, addendum).
     */
    static H2GroupCommit open(String url, String user, String password, Duration housekeepingHeldBack) {
        try {
            Connection connection = DriverManager.getConnection(url + ";WRITE_DELAY=0", user, password);
            Statement statement = connection.createStatement();
            try {
                statement.execute("CHECKPOINT"); // refused at once where the user is no admin
            } catch (SQLException e) {
                connection.close();
                throw new IllegalStateException("an embedded H2 file commits in groups through CHECKPOINT, which"
                        + " needs an admin user; or set WRITE_DELAY=0 in the URL to write on every commit: "
                        + e.getMessage(), e);
            }
            var held = new CountDownLatch(1);
            Thread housekeeping = new Thread(() -> resumeHousekeeping(connection, held, housekeepingHeldBack),
                    "ronghe-h2-housekeeping");
            housekeeping.setDaemon(true);
            housekeeping.start();
            return new H2GroupCommit(() -> statement.execute("CHECKPOINT"), () -> {
                housekeeping.interrupt();
                housekeeping.join(1_000);
                connection.close();
            }, held);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the H2 database for group commit: " + e.getMessage(), e);
        }
    }

    /** When the hold ends, or after the delay, H2's background writer as H2 runs it by default. */
    private static void resumeHousekeeping(Connection connection, CountDownLatch held, Duration atMost) {
        try {
            held.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY " + H2_DEFAULT_WRITE_DELAY_MILLIS);
            }
        } catch (InterruptedException closedFirst) {
            Thread.currentThread().interrupt();
        } catch (SQLException closedMeanwhile) {
            // the store closed as the delay ended: nothing left to keep
        }
    }

    /** Called right after a commit, before the next transaction may commit: its number in the order. */
    synchronized long committed() {
        endHousekeepingHold();
        return ++committed;
    }

    /** Returns once the commit numbered {@code commit} is on disk. */
    void awaitDurable(long commit) {
        long started = System.nanoTime();
        try {
            awaitWritten(commit);
        } finally {
            waits.increment();
            waitNanos.add(System.nanoTime() - started);
        }
    }

    /** How commits wait for the disk, for the server's metrics. */
    List<StorageMeter> meters() {
        return List.of(
                new StorageMeter("ronghe.h2.group.commit.waits", "commits that waited for a write of the store",
                        Kind.COUNTER, "", waits::sum),
                new StorageMeter("ronghe.h2.group.commit.wait", "time commits spent waiting for the disk",
                        Kind.COUNTER, "seconds", () -> waitNanos.sum() / 1e9),
                new StorageMeter("ronghe.h2.group.commit.writes", "writes of the store, each for a group of commits",
                        Kind.COUNTER, "", writes::sum));
    }

    private void awaitWritten(long commit) {
        long upTo;
        synchronized (this) {
            while (durable < commit && writing) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StorageBusyException("interrupted while waiting for the commit to reach the disk", e);
                }
            }
            if (durable >= commit) {
                return;
            }
            // no write is under way, and none since this commit covered it: this thread writes for the group
            writing = true;
            upTo = committed;
        }
        boolean written = false;
        try {
            writer.write();
            writes.increment();
            written = true;
        } catch (SQLException e) {
            throw new IllegalStateException("the commit could not be written to disk: " + e.getMessage(), e);
        } finally {
            synchronized (this) {
                writing = false;
                if (written) {
                    durable = Math.max(durable, upTo);
                }
                notifyAll();
            }
        }
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            // H2 writes the store when the database closes
        }
    }
}
