package org.ronghe.application.shared.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.shared.port.Caller;
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
    record Store<A, I>(String type, Function<I, Optional<A>> find, ToLongFunction<A> version, Consumer<A> add,
            Consumer<A> update) {
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
    private final Platform platform;
    private final Auditor auditor;

    AggregateWrites(Store<A, I> store, Platform platform, Auditor auditor) {
        this.store = store;
        this.platform = platform;
        this.auditor = auditor;
    }

    /** The instant of a write, for its events. */
    public Instant now() {
        return platform.clock().now();
    }

    /** Today in the new city, for the days a write is checked against and the views it answers. */
    public LocalDate today() {
        return platform.clock().today();
    }

    /** A new, unique id (time-ordered). */
    public UUID newId() {
        return platform.ids().next();
    }

    public <V> V create(Caller caller, Supplier<Created<A>> creation, Function<A, V> view) {
        return platform.transactions().inTransaction(() -> {
            var created = creation.get();
            store.add().accept(created.aggregate());
            auditor.record(caller, created.event());
            return view.apply(created.aggregate());
        });
    }

    public <V> V change(Caller caller, I id, long expectedVersion, Change<A> change, Function<A, V> view) {
        return platform.transactions().inTransaction(() -> {
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
        return platform.transactions().inTransaction(() -> {
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
        return platform.transactions().inTransaction(work);
    }

    /** A write outside any aggregate (an entry of a catalogue): in one transaction, do it and audit its event. */
    public void audited(Caller caller, Supplier<DomainEvent> write) {
        platform.transactions().inTransaction(() -> {
            auditor.record(caller, write.get());
            return null;
        });
    }
}
