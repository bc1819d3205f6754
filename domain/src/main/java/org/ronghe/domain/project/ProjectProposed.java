package org.ronghe.domain.project;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.organization.OrganizationId;

/** A domain project was proposed with its draft agreement. */
public record ProjectProposed(ProjectId project, DomainCode domain, String title, OrganizationId flagBearer, OrganizationId principal, int commitments, Instant occurredAt) implements DomainEvent {
}
