package org.ronghe.domain.committee;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A committee was dissolved. */
public record CommitteeDissolved(CommitteeId committee, java.time.LocalDate dissolvedOn, Instant occurredAt) implements DomainEvent {
}
