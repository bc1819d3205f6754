package org.ronghe.domain.meeting;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A meeting was cancelled. */
public record MeetingCancelled(MeetingId meeting, String reason, Instant occurredAt) implements DomainEvent {
}
