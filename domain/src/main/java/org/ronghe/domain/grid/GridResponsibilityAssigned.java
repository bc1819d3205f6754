package org.ronghe.domain.grid;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.organization.OrganizationId;

/** Another organization answers for a grid from a day. */
public record GridResponsibilityAssigned(GridPlanId plan, OrganizationId town, String code, OrganizationId from,
        OrganizationId to, LocalDate on, Instant occurredAt) implements DomainEvent {
}
