package org.ronghe.domain.meeting;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A meeting moved; the old slot stays in its history. */
public record MeetingRescheduled(MeetingId meeting, Slot from, Slot to, String reason, Instant occurredAt) implements DomainEvent {
}
