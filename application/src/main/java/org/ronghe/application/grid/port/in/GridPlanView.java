package org.ronghe.application.grid.port.in;

import java.time.LocalDate;

import org.ronghe.domain.grid.GridPlanId;
import org.ronghe.domain.grid.Territory;
import org.ronghe.domain.organization.OrganizationId;

/**
 * A town's grid plan: how many grids of each level it has today, its territory and area, and its version
 * for changes.
 */
public record GridPlanView(GridPlanId id, long version, OrganizationId town, String townName, String townCode,
        int areaGrids, int villageGrids, int microGrids, Territory territory, double squareKilometres,
        LocalDate lastChange) {
}
