package org.ronghe.domain.organization;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** An organization retired; it is kept for history. */
public record OrganizationRetired(OrganizationId organization, Instant occurredAt) implements DomainEvent {
}
