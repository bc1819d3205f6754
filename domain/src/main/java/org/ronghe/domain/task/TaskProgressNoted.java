package org.ronghe.domain.task;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** Progress was noted on a task. */
public record TaskProgressNoted(TaskId task, TaskStatus status, java.time.LocalDate on, Instant occurredAt) implements DomainEvent {
}
