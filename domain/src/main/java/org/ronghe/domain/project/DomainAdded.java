package org.ronghe.domain.project;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A domain was added to the catalogue. */
public record DomainAdded(DomainDefinition domain, Instant occurredAt) implements DomainEvent {
}
