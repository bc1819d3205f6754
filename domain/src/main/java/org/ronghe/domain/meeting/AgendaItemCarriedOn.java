package org.ronghe.domain.meeting;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** An item not dealt with at {@code meeting} was carried on to a later meeting of the same committee. */
public record AgendaItemCarriedOn(MeetingId meeting, int item, MeetingId carriedTo, Instant occurredAt)
        implements DomainEvent {
}
