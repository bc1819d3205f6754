package org.ronghe.application.shared.port.out;

import java.util.Optional;

/**
 * What every store of an aggregate offers: find one by id, add a new one, update a changed one by
 * compare-and-set on its version. Each context's repository extends it with the finders it needs.
 * Implementations must pass the adapter contract kit.
 *
 * @param <A> the aggregate
 * @param <I> its id
 */
public interface AggregateRepository<A, I> {

    Optional<A> findById(I id);

    /** Stores a new aggregate at version 1 and marks it stored. */
    void add(A aggregate);

    /**
     * Stores the changed aggregate if, and only if, its stored version is still the one it was read at;
     * then advances its version by one and marks it stored.
     *
     * @throws org.ronghe.domain.shared.StaleVersionException if the stored version moved on meanwhile
     *         (nothing is written)
     */
    void update(A aggregate);
}
