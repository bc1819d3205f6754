package org.ronghe.domain.task;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** The host committee's LEAD reopened a task, with a reason. */
public record TaskReopened(TaskId task, TaskStatus previous, String reason, java.time.LocalDate on, Instant occurredAt) implements DomainEvent {
}
