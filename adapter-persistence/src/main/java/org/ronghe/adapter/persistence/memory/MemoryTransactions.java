package org.ronghe.adapter.persistence.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.ronghe.application.shared.port.out.Transactions;

/**
 * Serializable transactions for the in-memory store: one lock serializes every transaction and
 * every read, and each write registers how to undo it, so a failed transaction leaves no trace.
 * Simple and obviously correct matters more here than throughput.
 */
final class MemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (undoLog.get() != null) {
                return work.get();
            }
            Deque<Runnable> undo = new ArrayDeque<>();
            undoLog.set(undo);
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                while (!undo.isEmpty()) {
                    undo.pop().run();
                }
                throw e;
            } finally {
                undoLog.remove();
            }
        } finally {
            lock.unlock();
        }
    }

    <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }

    /** Applies a write; inside a transaction, remembers how to revert it. */
    void write(Runnable apply, Runnable revert) {
        lock.lock();
        try {
            apply.run();
            Deque<Runnable> undo = undoLog.get();
            if (undo != null) {
                undo.push(revert);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs a check-then-write sequence atomically, also outside a transaction. */
    <T> T atomically(Supplier<T> steps) {
        lock.lock();
        try {
            return steps.get();
        } finally {
            lock.unlock();
        }
    }
}
