package org.ronghe.application.audit.service;

import java.util.Objects;

import org.ronghe.application.audit.port.out.AuditTrail;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.domain.audit.AuditEntry;

import org.jmolecules.event.types.DomainEvent;

/**
 * Appends the one audit entry of a successful write, from the event the write produced, as the
 * writing context describes it. Called inside the write's transaction, so the entry commits or rolls
 * back with it.
 */
public final class Auditor {

    private final AuditTrail trail;
    private final Clock clock;
    private final IdSource ids;
    private final AuditDescriptions descriptions;

    public Auditor(AuditTrail trail, Clock clock, IdSource ids, AuditDescriptions descriptions) {
        // refused at assembly, not at a context's first write: a context without its descriptions could
        // otherwise serve reads for weeks before its first write fails
        this.trail = Objects.requireNonNull(trail, "trail");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.descriptions = Objects.requireNonNull(descriptions, "descriptions");
    }

    public void record(Caller caller, DomainEvent event) {
        var described = descriptions.describe(event);
        trail.append(new AuditEntry(ids.next(), clock.now(),
                caller.actor().organization() == null ? null : caller.actor().organization().toString(),
                caller.token() == null ? null : caller.token().toString(), actorOf(caller),
                described.aggregateType(), described.aggregateId(), event.getClass().getSimpleName(),
                described.changes(), caller.requestId()));
    }

    /** A token's id, or what the system was doing when it acted without one (its purpose). */
    static String actorOf(Caller caller) {
        return caller.token() != null ? "token:" + caller.token() : "system:" + caller.requestId();
    }
}
