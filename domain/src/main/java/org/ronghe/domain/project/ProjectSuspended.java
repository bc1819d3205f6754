package org.ronghe.domain.project;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** A project was suspended, with a reason. */
public record ProjectSuspended(ProjectId project, ProjectStatus from, String reason, LocalDate on, Instant occurredAt) implements DomainEvent {
}
