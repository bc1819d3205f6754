package org.ronghe.domain.targetsystem;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A target system was defined for a plan period. */
public record TargetSystemDefined(TargetSystemId system, PlanPeriod period, Instant occurredAt) implements DomainEvent {
}
