package org.ronghe.domain.project;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** A project was cancelled, with a reason. */
public record ProjectCancelled(ProjectId project, ProjectStatus from, String reason, LocalDate on, Instant occurredAt) implements DomainEvent {
}
