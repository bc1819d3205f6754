package org.ronghe.domain.grid;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.organization.OrganizationId;

/** A town's grid plan was drawn: its territory and its grids of each level, valid from a day. */
public record GridPlanDefined(GridPlanId plan, OrganizationId town, String townCode, int areaGrids, int villageGrids,
        int microGrids, LocalDate on, Instant occurredAt) implements DomainEvent {
}
