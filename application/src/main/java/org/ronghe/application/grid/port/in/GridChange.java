package org.ronghe.application.grid.port.in;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.grid.GridCode;
import org.ronghe.domain.grid.GridDraft;
import org.ronghe.domain.grid.GridPlanId;
import org.ronghe.domain.grid.GridRole;
import org.ronghe.domain.organization.OrganizationId;

/** A change to a town's grid plan, based on the version the caller read. */
public sealed interface GridChange {

    GridPlanId id();

    long expectedVersion();

    /**
     * Redraw the grids of one parent from a day, whole: kept codes keep their grid, new codes draw one,
     * codes left out are retired with everything under them.
     *
     * @param parentCode the parent grid, or null for the town's area grids
     */
    record Revise(GridPlanId id, long expectedVersion, GridCode parentCode, List<GridDraft> children, LocalDate on)
            implements GridChange {
        public Revise {
            var violations = CommandChecks.target(id, expectedVersion);
            if (on == null) {
                violations.add("on", "is required");
            }
            violations.throwIfAny();
            children = List.copyOf(children == null ? List.of() : children);
        }
    }

    /** Another organization answers for a grid from a day. */
    record Assign(GridPlanId id, long expectedVersion, GridCode code, OrganizationId responsible, LocalDate on)
            implements GridChange {
        public Assign {
            CommandChecks.required(CommandChecks.target(id, expectedVersion), "code", code, "responsibleOrganizationId",
                    responsible, "on", on).throwIfAny();
        }
    }

    /** Appoint a grid's chief and workers (the list replaces the one before). */
    record Appoint(GridPlanId id, long expectedVersion, GridCode code, List<GridRole> roles) implements GridChange {
        public Appoint {
            CommandChecks.required(CommandChecks.target(id, expectedVersion), "code", code).throwIfAny();
            roles = List.copyOf(roles == null ? List.of() : roles);
        }
    }

    /**
     * Retire a grid and everything under it from a day; its siblings stay as they are, so it goes alone only
     * where they still cover their parent (or it is its parent's last grid).
     */
    record Retire(GridPlanId id, long expectedVersion, GridCode code, LocalDate on) implements GridChange {
        public Retire {
            CommandChecks.required(CommandChecks.target(id, expectedVersion), "code", code, "on", on).throwIfAny();
        }
    }
}
