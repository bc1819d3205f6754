package org.ronghe.adapter.persistence.memory;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.ronghe.application.shared.port.out.AggregateRepository;

/**
 * What every in-memory repository of an aggregate shares: its {@code State} records by id, versioned
 * ({@link VersionedRows}), found, added and updated by compare-and-set the one way. A repository adds only
 * its own finders, over {@link #stored()}.
 *
 * <p>A row holds the state the aggregate had when it was written, whose version is one below the row's
 * (a new aggregate is at 0 and stored at 1; an update at N is stored at N + 1): restoring it and marking
 * it stored at the row's version gives the aggregate as stored.
 */
abstract class MemoryAggregates<A, I, S> implements AggregateRepository<A, I> {

    /** How this store reads an aggregate (the aggregates share this shape, not a type). */
    record Shape<A, I, S>(Function<S, A> restore, Function<A, I> id, Function<A, S> state, ToLongFunction<A> version,
            ObjLongConsumer<A> markStored) {
    }

    private final VersionedRows<I, S> rows;
    private final Shape<A, I, S> shape;

    MemoryAggregates(MemoryTransactions transactions, String aggregateType, Shape<A, I, S> shape) {
        this.rows = new VersionedRows<>(transactions, aggregateType);
        this.shape = shape;
    }

    @Override
    public Optional<A> findById(I id) {
        return rows.get(id).map(this::restored);
    }

    @Override
    public void add(A aggregate) {
        rows.insert(shape.id().apply(aggregate), shape.state().apply(aggregate));
        shape.markStored().accept(aggregate, 1);
    }

    @Override
    public void update(A aggregate) {
        shape.markStored().accept(aggregate, rows.update(shape.id().apply(aggregate),
                shape.version().applyAsLong(aggregate), shape.state().apply(aggregate)));
    }

    /** Every stored aggregate, as stored, in the order they were added. */
    Stream<A> stored() {
        return rows.all().map(this::restored);
    }

    private A restored(VersionedRows.Versioned<S> row) {
        A aggregate = shape.restore().apply(row.row());
        shape.markStored().accept(aggregate, row.version());
        return aggregate;
    }
}
