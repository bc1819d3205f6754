package org.ronghe.domain.committee;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.organization.OrganizationId;

/** An organization took a seat in a committee. */
public record MemberJoined(CommitteeId committee, OrganizationId organization, MembershipRole role, LocalDate since, Instant occurredAt) implements DomainEvent {
}
