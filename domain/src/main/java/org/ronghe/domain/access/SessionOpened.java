package org.ronghe.domain.access;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.organization.OrganizationId;

/** Someone signed in to the console with an API token: a session acting as the same organization and role. */
public record SessionOpened(ApiTokenId session, ApiTokenId signedInWith, OrganizationId organization, Role role,
        Instant expiresAt, Instant occurredAt) implements DomainEvent {
}
