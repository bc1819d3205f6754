package org.ronghe.domain.committee;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** A planned committee was established. */
public record CommitteeEstablished(CommitteeId committee, LocalDate establishedOn, Instant occurredAt) implements DomainEvent {
}
