package org.ronghe.adapter.persistence.jdbi;

import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.ronghe.application.shared.port.out.Transactions;

/**
 * Database transactions, with the open handle bound to the thread so that every repository call
 * inside the work takes part in the same transaction. READ COMMITTED is enough because every
 * update is a version compare-and-set.
 */
final class JdbiTransactions implements Transactions {

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
            current.set(handle);
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }

    /** Runs the callback on the current transaction's handle, or on a fresh one outside transactions. */
    <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        Handle handle = current.get();
        return handle != null ? callback.withHandle(handle) : jdbi.withHandle(callback);
    }
}
