package org.ronghe.adapter.persistence.jdbi;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.ronghe.application.shared.port.StorageBusyException;
import org.ronghe.application.shared.port.StorageUnavailableException;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.application.storage.StorageMeter;

/**
 * Database transactions, with the open handle bound to the thread so that every repository call
 * inside the work takes part in the same transaction. READ COMMITTED (the pool's setting) is enough
 * because every update is a version compare-and-set.
 *
 * <p>On H2 the transactions of this process run one at a time: its row-lock waits under heavy
 * contention on one row were seen to hang here (docs/adr/0003). On an embedded H2 file they also
 * commit in groups ({@link H2GroupCommit}, docs/adr/0010): a transaction returns once a write of the
 * store covers its commit. PostgreSQL transactions run concurrently.
 */
final class JdbiTransactions implements Transactions {

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    /** Null where transactions may run concurrently. */
    private final ReentrantLock oneAtATime;
    /** Null where each commit writes the store itself. */
    private final H2GroupCommit groupCommit;

    private JdbiTransactions(Jdbi jdbi, ReentrantLock oneAtATime, H2GroupCommit groupCommit) {
        this.jdbi = jdbi;
        this.oneAtATime = oneAtATime;
        this.groupCommit = groupCommit;
    }

    /** PostgreSQL: transactions run concurrently, each commit is durable on its own. */
    static JdbiTransactions concurrent(Jdbi jdbi) {
        return new JdbiTransactions(jdbi, null, null);
    }

    /** H2 that writes its store on every commit ({@code WRITE_DELAY=0}, a server, memory). */
    static JdbiTransactions oneAtATime(Jdbi jdbi) {
        return new JdbiTransactions(jdbi, new ReentrantLock(true), null);
    }

    /** Embedded H2 file: one at a time, and durable in groups. */
    static JdbiTransactions groupCommitted(Jdbi jdbi, H2GroupCommit groupCommit) {
        return new JdbiTransactions(jdbi, new ReentrantLock(true), groupCommit);
    }

    /** The writer lock's queue and the group commit's waits, where there are such (H2), for the metrics. */
    List<StorageMeter> meters() {
        var meters = new ArrayList<StorageMeter>();
        if (oneAtATime != null) {
            meters.add(new StorageMeter("ronghe.h2.writer.queue", "transactions waiting for H2's one writer now",
                    StorageMeter.Kind.GAUGE, "", oneAtATime::getQueueLength));
        }
        if (groupCommit != null) {
            meters.addAll(groupCommit.meters());
        }
        return List.copyOf(meters);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        if (oneAtATime == null) {
            return run(work);
        }
        T result;
        long commit;
        oneAtATime.lock();
        try {
            result = run(work);
            if (groupCommit == null) {
                return result;
            }
            commit = groupCommit.committed();
        } finally {
            oneAtATime.unlock();
        }
        // outside the lock: the next transaction runs while this one's group is written
        groupCommit.awaitDurable(commit);
        return result;
    }

    private <T> T run(Supplier<T> work) {
        try {
            return jdbi.inTransaction(handle -> {
                current.set(handle);
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (JdbiException e) {
            if (SqlStates.isLockConflict(e)) {
                throw new StorageBusyException("the database is busy with a conflicting change; retry", e);
            }
            throw unavailableOr(e);
        }
    }

    /** The store's unreachability as the application's exception; any other failure as it is. */
    static RuntimeException unavailableOr(RuntimeException e) {
        return SqlStates.isUnavailable(e) ? new StorageUnavailableException("the database cannot be reached; the "
                + "change was not confirmed, retry", e) : e;
    }

    /** Whether this thread is inside a transaction (whose writes may still roll back). */
    boolean inTransaction() {
        return current.get() != null;
    }

    /** Runs a read on the current transaction's handle, or on a fresh one outside transactions. */
    <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        Handle handle = current.get();
        if (handle != null) {
            return callback.withHandle(handle);
        }
        try {
            return jdbi.withHandle(callback);
        } catch (RuntimeException e) {
            throw unavailableOr(e);
        }
    }

    /**
     * Runs a write in the current transaction, or in a transaction of its own: a write of several
     * statements is then all or nothing, and on H2 it passes the writer lock and the group commit.
     */
    <T> T write(HandleCallback<T, RuntimeException> callback) {
        Handle handle = current.get();
        return handle != null ? callback.withHandle(handle) : inTransaction(() -> callback.withHandle(current.get()));
    }

    /** Releases what the commits hold of their own (the group commit's connection); the pool is the storage's. */
    void close() {
        if (groupCommit != null) {
            groupCommit.close();
        }
    }
}
