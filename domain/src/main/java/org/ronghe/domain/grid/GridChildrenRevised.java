package org.ronghe.domain.grid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.organization.OrganizationId;

/**
 * The grids of one parent (the town's area grids, or one grid's children) were redrawn from a day, as
 * one revision: grids drawn anew, grids kept with a changed shape, name, responsible organization or
 * roles, and grids retired with everything under them.
 *
 * @param parentCode the parent grid's code, or the town's code for its area grids
 */
public record GridChildrenRevised(GridPlanId plan, OrganizationId town, String parentCode, List<String> drawn,
        List<String> redrawn, List<String> retired, LocalDate on, Instant occurredAt) implements DomainEvent {

    public GridChildrenRevised {
        drawn = List.copyOf(drawn);
        redrawn = List.copyOf(redrawn);
        retired = List.copyOf(retired);
    }
}
