package org.ronghe.domain.meeting;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** The minutes were approved. */
public record MinutesApproved(MeetingId meeting, Instant occurredAt) implements DomainEvent {
}
