package org.ronghe.domain.activity;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A co-work activity recorded in error was withdrawn; it no longer counts. */
public record ActivityWithdrawn(ActivityId activity, String reason, Instant occurredAt) implements DomainEvent {
}
