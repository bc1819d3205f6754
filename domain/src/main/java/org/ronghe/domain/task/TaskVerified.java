package org.ronghe.domain.task;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** The host committee's LEAD verified a done task: the loop is closed. */
public record TaskVerified(TaskId task, java.time.LocalDate on, Instant occurredAt) implements DomainEvent {
}
