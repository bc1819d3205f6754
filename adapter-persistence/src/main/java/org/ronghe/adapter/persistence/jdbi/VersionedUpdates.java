package org.ronghe.adapter.persistence.jdbi;

import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;
import org.ronghe.domain.shared.StaleVersionException;

/**
 * The one compare-and-set every JDBI repository's update makes. The head row changes only
 * {@code WHERE id = :id AND version = :version}, its version going up by one; no row changed, or a row
 * another writer holds locked, means the caller read a stale version: {@link StaleVersionException}
 * with the version stored now, and nothing written. Written once so that the eight repositories cannot
 * drift apart in how they report a lost race.
 */
final class VersionedUpdates {

    /** The head row of an aggregate: its table, the noun a problem names it by, its id and the version it was read at. */
    record Head(String table, String noun, Object id, UUID key, long version) {
    }

    private VersionedUpdates() {
    }

    /** Sets {@code assignments} (bound by {@code binding}) on the head row if it is still at the version read. */
    static void update(JdbiTransactions transactions, Head head, String assignments, Consumer<Update> binding) {
        update(transactions, head, assignments, binding, h -> { }, e -> e);
    }

    /**
     * As above, then runs {@code children} (rows that hang under the head) in the same transaction; a
     * statement error other than a lock conflict becomes what {@code translate} makes of it.
     */
    static void update(JdbiTransactions transactions, Head head, String assignments, Consumer<Update> binding,
            Consumer<Handle> children, Function<UnableToExecuteStatementException, RuntimeException> translate) {
        try {
            transactions.write(h -> {
                var update = h.createUpdate("UPDATE " + head.table() + " SET " + assignments
                        + ", version = version + 1 WHERE id = :id AND version = :version")
                        .bind("id", head.key()).bind("version", head.version());
                binding.accept(update);
                if (update.execute() != 1) {
                    throw stale(head, h.createQuery("SELECT version FROM " + head.table() + " WHERE id = :id")
                            .bind("id", head.key()).mapTo(Long.class).findOne().orElse(null));
                }
                children.accept(h);
                return null;
            });
        } catch (UnableToExecuteStatementException e) {
            if (SqlStates.isLockConflict(e)) {
                // another transaction holds the row: it is changing, so this change is based on a stale version
                throw stale(head, null);
            }
            throw translate.apply(e);
        }
    }

    private static StaleVersionException stale(Head head, Long current) {
        return new StaleVersionException(head.noun(), head.id(), head.version(), current);
    }
}
