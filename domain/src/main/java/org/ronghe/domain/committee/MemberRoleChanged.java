package org.ronghe.domain.committee;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.organization.OrganizationId;

/** A member's role changed; the old membership ended that day and a new one began. */
public record MemberRoleChanged(CommitteeId committee, OrganizationId organization, MembershipRole oldRole, MembershipRole newRole, LocalDate on, Instant occurredAt) implements DomainEvent {
}
