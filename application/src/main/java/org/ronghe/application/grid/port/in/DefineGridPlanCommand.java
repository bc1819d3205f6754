package org.ronghe.application.grid.port.in;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.domain.grid.GridDraft;
import org.ronghe.domain.grid.Territory;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Violations;

/**
 * Draw a town's grid plan: the town's territory and its grids, from a day (checked whole).
 *
 * @param townCode the short code the grids' codes start with (e.g. NX)
 */
public record DefineGridPlanCommand(OrganizationId town, String townCode, Territory townTerritory, List<GridDraft> grids,
        LocalDate on) {

    public DefineGridPlanCommand {
        var violations = new Violations();
        if (town == null) {
            violations.add("townId", "is required");
        }
        if (townTerritory == null) {
            violations.add("townTerritory", "is required");
        }
        if (on == null) {
            violations.add("on", "is required");
        }
        violations.throwIfAny();
        grids = List.copyOf(grids == null ? List.of() : grids);
    }
}
