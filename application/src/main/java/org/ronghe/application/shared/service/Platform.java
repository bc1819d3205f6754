package org.ronghe.application.shared.service;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import org.ronghe.application.audit.port.out.AuditTrail;
import org.ronghe.application.audit.service.AuditDescriptions;
import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.shared.port.out.AggregateRepository;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.application.shared.port.out.Transactions;

/**
 * What every context writes with besides its own stores: transactions, the audit trail, the clock and
 * the source of new ids. One per application; each context's module takes it whole.
 */
public record Platform(Transactions transactions, AuditTrail auditTrail, Clock clock, IdSource ids) {

    public Platform {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(auditTrail, "auditTrail");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
    }

    /** An auditor that describes the events of one context, as that context says. */
    public Auditor auditor(AuditDescriptions descriptions) {
        return new Auditor(auditTrail, clock, ids, descriptions);
    }

    /**
     * The writes of one kind of aggregate, audited with its context's descriptions.
     *
     * @param type the aggregate's name in problems ("committee", "target system")
     */
    public <A, I> AggregateWrites<A, I> writes(String type, AggregateRepository<A, I> repository,
            ToLongFunction<A> version, AuditDescriptions descriptions) {
        return new AggregateWrites<>(new AggregateWrites.Store<>(type, repository::findById, version, repository::add,
                repository::update), this, auditor(descriptions));
    }

    /** The writes of an aggregate that is created and never changed (an area). */
    public <A, I> AggregateWrites<A, I> creates(String type, Consumer<A> add, AuditDescriptions descriptions) {
        Consumer<A> neverChanged = aggregate -> {
            throw new UnsupportedOperationException("a " + type + " is never changed");
        };
        return new AggregateWrites<>(new AggregateWrites.Store<>(type, id -> Optional.empty(), aggregate -> 0, add,
                neverChanged), this, auditor(descriptions));
    }
}
