package org.ronghe.domain.project;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.organization.OrganizationId;

/** An organization commented on a project. */
public record CommentAdded(ProjectId project, OrganizationId author, LocalDate on, Instant occurredAt) implements DomainEvent {
}
