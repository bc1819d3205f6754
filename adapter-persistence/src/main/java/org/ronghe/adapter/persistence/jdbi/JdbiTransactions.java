package org.ronghe.adapter.persistence.jdbi;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.ronghe.application.shared.port.StorageBusyException;
import org.ronghe.application.shared.port.out.Transactions;

/**
 * Database transactions, with the open handle bound to the thread so that every repository call
 * inside the work takes part in the same transaction. READ COMMITTED is enough because every
 * update is a version compare-and-set.
 *
 * <p>On embedded H2 the transactions of this process run one at a time: H2 writes through a single
 * store anyway, and its row-lock waits under heavy contention on one row were seen to hang here
 * (docs/adr/0003). PostgreSQL transactions run concurrently.
 */
final class JdbiTransactions implements Transactions {

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    /** Null where transactions may run concurrently. */
    private final ReentrantLock oneAtATime;

    JdbiTransactions(Jdbi jdbi, boolean serialize) {
        this.jdbi = jdbi;
        this.oneAtATime = serialize ? new ReentrantLock(true) : null;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        if (oneAtATime == null) {
            return run(work);
        }
        oneAtATime.lock();
        try {
            return run(work);
        } finally {
            oneAtATime.unlock();
        }
    }

    private <T> T run(Supplier<T> work) {
        try {
            return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
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
            throw e;
        }
    }

    /** Whether this thread is inside a transaction (whose writes may still roll back). */
    boolean inTransaction() {
        return current.get() != null;
    }

    /** Runs the callback on the current transaction's handle, or on a fresh one outside transactions. */
    <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        Handle handle = current.get();
        return handle != null ? callback.withHandle(handle) : jdbi.withHandle(callback);
    }
}
