package org.ronghe.application.shared.service;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.StaleVersionException;

/**
 * The one way an aggregate is written, for every context (docs/adr/0014). A create, in one
 * transaction: build the aggregate (checking references and rules), add it, audit its event. A
 * change, in one transaction: load the aggregate at the version the caller read, let the change
 * check who may and apply its rule (it names the event), store it by compare-and-set, audit the event.
 * Either answers a view of what was stored, read inside the same transaction.
 *
 * @param <A> the aggregate
 * @param <I> its id
 */
public final class AggregateWrites<A, I> {

    /**
     * How one kind of aggregate is found and stored.
     *
     * @param type the aggregate's name in problems ("committee", "target system")
     */
    public record Store<A, I>(String type, Function<I, Optional<A>> find, ToLongFunction<A> version,
            Consumer<A> add, Consumer<A> update) {

        public Store {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(find, "find");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(add, "add");
            Objects.requireNonNull(update, "update");
        }

        /** The store of an aggregate that is created and never changed (an area). */
        public static <A, I> Store<A, I> createdOnly(String type, Consumer<A> add) {
            return new Store<>(type, id -> {
                throw new UnsupportedOperationException("a " + type + " is never changed");
            }, aggregate -> 0, add, aggregate -> {
                throw new UnsupportedOperationException("a " + type + " is never changed");
            });
        }
    }

    /** A new aggregate and the event that tells of it. */
    public record Created<A>(A aggregate, DomainEvent event) {
    }

    /** What a change does to the loaded aggregate: checks who may, applies the rule, names what happened. */
    @FunctionalInterface
    public interface Change<A> {
        DomainEvent apply(A aggregate);
    }

    private final Store<A, I> store;
    private final Transactions transactions;
    private final Auditor auditor;

    AggregateWrites(Store<A, I> store, Transactions transactions, Auditor auditor) {
        this.store = store;
        this.transactions = transactions;
        this.auditor = auditor;
    }

    public <V> V create(Caller caller, Supplier<Created<A>> creation, Function<A, V> view) {
        return transactions.inTransaction(() -> {
            var created = creation.get();
            store.add().accept(created.aggregate());
            auditor.record(caller, created.event());
            return view.apply(created.aggregate());
        });
    }

    public <V> V change(Caller caller, I id, long expectedVersion, Change<A> change, Function<A, V> view) {
        return transactions.inTransaction(() -> {
            A aggregate = load(id, expectedVersion);
            var event = change.apply(aggregate);
            store.update().accept(aggregate);
            auditor.record(caller, event);
            return view.apply(aggregate);
        });
    }

    /**
     * A change where who may make it is settled before whether the caller read the latest version:
     * someone who may not make it is refused as such, even on a stale version (a reading of an indicator).
     */
    public <V> V change(Caller caller, I id, long expectedVersion, Consumer<A> requireMayChange, Change<A> change,
            Function<A, V> view) {
        return transactions.inTransaction(() -> {
            A aggregate = store.find().apply(id).orElseThrow(() -> new AggregateNotFoundException(store.type(), id));
            requireMayChange.accept(aggregate);
            requireVersion(aggregate, id, expectedVersion);
            var event = change.apply(aggregate);
            store.update().accept(aggregate);
            auditor.record(caller, event);
            return view.apply(aggregate);
        });
    }

    /**
     * Stores and audits a second aggregate that a change touched in passing (an agenda item carried on
     * from an earlier meeting); call it inside the change.
     */
    public void alsoChanged(Caller caller, A aggregate, DomainEvent event) {
        store.update().accept(aggregate);
        auditor.record(caller, event);
    }

    /**
     * The aggregate at the version the caller read.
     *
     * @throws AggregateNotFoundException if there is none with that id
     * @throws StaleVersionException if it moved on since
     */
    public A load(I id, long expectedVersion) {
        A aggregate = store.find().apply(id).orElseThrow(() -> new AggregateNotFoundException(store.type(), id));
        requireVersion(aggregate, id, expectedVersion);
        return aggregate;
    }

    /** @throws StaleVersionException if the aggregate is no longer at the version the caller read */
    public void requireVersion(A aggregate, I id, long expectedVersion) {
        long current = store.version().applyAsLong(aggregate);
        if (current != expectedVersion) {
            throw new StaleVersionException(store.type(), id, expectedVersion, current);
        }
    }

    /** Runs work in one transaction: for the writes that are neither a create nor a change (a bootstrap). */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /** A write outside any aggregate (an entry of a catalogue): in one transaction, do it and audit its event. */
    public void audited(Caller caller, Supplier<DomainEvent> write) {
        transactions.inTransaction(() -> {
            auditor.record(caller, write.get());
            return null;
        });
    }
}
