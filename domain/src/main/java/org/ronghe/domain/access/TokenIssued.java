package org.ronghe.domain.access;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.organization.OrganizationId;

/** An API token was issued to an organization's operators (organization null: unbound ADMIN). */
public record TokenIssued(ApiTokenId token, OrganizationId organization, Role role, String label, Instant occurredAt)
        implements DomainEvent {
}
