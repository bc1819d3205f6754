package org.ronghe.domain.meeting;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A meeting was scheduled. */
public record MeetingScheduled(MeetingId meeting, MeetingMechanism mechanism, String title, org.ronghe.domain.committee.CommitteeId host, Slot slot, Instant occurredAt) implements DomainEvent {
}
