package org.ronghe.application.grid.port.in;

import java.time.LocalDate;

import org.ronghe.domain.grid.Grid;
import org.ronghe.domain.grid.GridPlanId;
import org.ronghe.domain.grid.Territory;
import org.ronghe.domain.organization.OrganizationId;

/**
 * One grid as it stood on a day, with the names a person reads beside the ids.
 *
 * @param parentCode       the parent grid's code, or the town's code for an area grid
 * @param responsible      who answered for it that day
 * @param territory        where it lay that day
 * @param squareKilometres the territory's area on the ground, to two decimals
 * @param active           whether it was active that day (a grid read as of a day after its retirement is not)
 */
public record GridView(GridPlanId plan, long planVersion, OrganizationId town, String townName, Grid grid,
        String parentCode, OrganizationId responsible, String responsibleName, Territory territory,
        double squareKilometres, boolean active, LocalDate asOf) {
}
