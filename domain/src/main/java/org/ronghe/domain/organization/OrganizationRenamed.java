package org.ronghe.domain.organization;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** An organization was renamed. */
public record OrganizationRenamed(OrganizationId organization, OrganizationName oldName, OrganizationName newName, Instant occurredAt) implements DomainEvent {
}
