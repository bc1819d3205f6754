package org.ronghe.domain.targetsystem;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A reading was reported for an indicator; {@code corrects} names the reading it superseded, if any. */
public record ReadingReported(TargetSystemId system, String code, int reading, Integer corrects, Instant occurredAt)
        implements DomainEvent {
}
