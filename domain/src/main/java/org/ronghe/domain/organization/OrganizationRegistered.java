package org.ronghe.domain.organization;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** An organization joined the structure. parent and jurisdiction may be null. */
public record OrganizationRegistered(OrganizationId organization, OrganizationKind kind, OrganizationName name, OrganizationId parent, Jurisdiction jurisdiction, Instant occurredAt) implements DomainEvent {
}
