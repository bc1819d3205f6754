package org.ronghe.domain.project;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** Every commitment done, the project was completed. */
public record ProjectCompleted(ProjectId project, LocalDate on, Instant occurredAt) implements DomainEvent {
}
