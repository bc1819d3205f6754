package org.ronghe.domain.organization;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** An organization moved under another parent (null: to the top). */
public record OrganizationMoved(OrganizationId organization, OrganizationId oldParent, OrganizationId newParent, Instant occurredAt) implements DomainEvent {
}
