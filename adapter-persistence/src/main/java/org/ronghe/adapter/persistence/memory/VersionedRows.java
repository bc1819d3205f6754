package org.ronghe.adapter.persistence.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.ronghe.domain.shared.StaleVersionException;

/**
 * Immutable snapshots of one aggregate type, each with its version, written through the store's
 * transactions (so a rollback undoes them) and changed only by version compare-and-set.
 */
final class VersionedRows<K, R> {

    record Versioned<R>(R row, long version) {
    }

    private final Map<K, Versioned<R>> rows = new LinkedHashMap<>();
    private final MemoryTransactions transactions;
    private final String aggregateType;

    VersionedRows(MemoryTransactions transactions, String aggregateType) {
        this.transactions = transactions;
        this.aggregateType = aggregateType;
    }

    Optional<Versioned<R>> get(K key) {
        return transactions.read(() -> Optional.ofNullable(rows.get(key)));
    }

    Stream<Versioned<R>> all() {
        return transactions.read(() -> rows.values().stream().toList().stream());
    }

    /** Stores a new row at version 1. */
    void insert(K key, R row) {
        transactions.atomically(() -> {
            if (rows.containsKey(key)) {
                throw new IllegalStateException(aggregateType + " " + key + " is stored already");
            }
            transactions.write(() -> rows.put(key, new Versioned<>(row, 1)), () -> rows.remove(key));
            return null;
        });
    }

    /** Replaces the row if it is still at {@code expectedVersion}; returns the new version. */
    long update(K key, long expectedVersion, R row) {
        return transactions.atomically(() -> {
            Versioned<R> current = rows.get(key);
            if (current == null || current.version() != expectedVersion) {
                throw new StaleVersionException(aggregateType, key, expectedVersion,
                        current == null ? null : current.version());
            }
            var next = new Versioned<>(row, expectedVersion + 1);
            transactions.write(() -> rows.put(key, next), () -> rows.put(key, current));
            return next.version();
        });
    }
}
