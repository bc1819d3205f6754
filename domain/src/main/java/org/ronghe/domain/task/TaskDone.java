package org.ronghe.domain.task;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** The assignee marked a task done. */
public record TaskDone(TaskId task, TaskStatus previous, java.time.LocalDate on, Instant occurredAt) implements DomainEvent {
}
