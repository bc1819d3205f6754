package org.ronghe.domain.project;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.organization.OrganizationId;

/** Progress on one commitment was reported. */
public record ProgressReported(ProjectId project, int commitment, CommitmentStatus status, LocalDate reportedOn, OrganizationId reportedBy, Instant occurredAt) implements DomainEvent {
}
