package org.ronghe.domain.meeting;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A resolution was adopted on an agenda item. */
public record ResolutionAdopted(MeetingId meeting, int resolution, int agendaItem, Instant occurredAt) implements DomainEvent {
}
