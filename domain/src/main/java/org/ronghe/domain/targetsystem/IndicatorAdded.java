package org.ronghe.domain.targetsystem;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** An indicator was added to a target system. */
public record IndicatorAdded(TargetSystemId system, String code, IndicatorCategory category, boolean live,
        Instant occurredAt) implements DomainEvent {
}
