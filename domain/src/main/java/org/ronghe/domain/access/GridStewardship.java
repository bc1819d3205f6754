package org.ronghe.domain.access;

import org.ronghe.domain.organization.OrganizationId;

/** Who draws and revises a town's grids: the ADMIN, or an OPERATOR of that town's party committee. */
public final class GridStewardship {

    private GridStewardship() {
    }

    public static void requireMayPlan(Actor actor, OrganizationId town) {
        if (actor.isAdmin()) {
            return;
        }
        if (actor.role() != Role.OPERATOR || actor.organization() == null || !actor.organization().equals(town)) {
            throw new AccessDeniedException("only the town's own operators or an admin draw and revise its grids");
        }
    }
}
