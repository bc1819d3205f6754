package org.ronghe.domain.meeting;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A problem was put on the agenda. */
public record AgendaItemRaised(MeetingId meeting, int item, org.ronghe.domain.organization.OrganizationId raisedBy, MeetingId carriedFrom, Instant occurredAt) implements DomainEvent {
}
