package org.ronghe.domain.committee;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.organization.OrganizationId;

/** A membership ended (it is kept for history). */
public record MemberLeft(CommitteeId committee, OrganizationId organization, MembershipRole role, LocalDate until, Instant occurredAt) implements DomainEvent {
}
