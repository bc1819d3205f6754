package org.ronghe.domain.project;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** The flag-bearer started the signed project. */
public record ProjectStarted(ProjectId project, LocalDate on, Instant occurredAt) implements DomainEvent {
}
