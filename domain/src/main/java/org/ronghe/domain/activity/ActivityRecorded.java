package org.ronghe.domain.activity;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** A co-work activity was recorded. */
public record ActivityRecorded(ActivityId activity, CoWorkForm form, int organizations, LocalDate heldOn,
        Instant occurredAt) implements DomainEvent {
}
