package org.ronghe.domain.project;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** A suspended project was resumed. */
public record ProjectResumed(ProjectId project, ProjectStatus to, LocalDate on, Instant occurredAt) implements DomainEvent {
}
