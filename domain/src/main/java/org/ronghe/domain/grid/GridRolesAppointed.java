package org.ronghe.domain.grid;

import java.time.Instant;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.organization.OrganizationId;

/** A grid's chief and workers were appointed (the list replaces the one before). */
public record GridRolesAppointed(GridPlanId plan, OrganizationId town, String code, List<GridRole> roles,
        Instant occurredAt) implements DomainEvent {

    public GridRolesAppointed {
        roles = List.copyOf(roles);
    }
}
