package org.ronghe.domain.meeting;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A meeting was held; attendance and minutes were recorded. */
public record MeetingHeld(MeetingId meeting, int attended, Instant occurredAt) implements DomainEvent {
}
