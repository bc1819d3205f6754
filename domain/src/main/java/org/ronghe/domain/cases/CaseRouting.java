package org.ronghe.domain.cases;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;

/**
 * Where a case was routed by its point: the micro, village and area grid it lies in (with their codes, as they
 * read on the day) and the town. A point outside every grid has no grids and, until a dispatcher files it to
 * one, no town.
 */
public record CaseRouting(GridId microGrid, String microCode, GridId villageGrid, String villageCode, GridId areaGrid,
        String areaCode, OrganizationId town) implements ValueObject {

    public static CaseRouting outsideEveryGrid() {
        return new CaseRouting(null, null, null, null, null, null, null);
    }

    /** The same grids, filed to a town (a dispatcher's choice for a point outside every grid). */
    public CaseRouting filedTo(OrganizationId town) {
        return new CaseRouting(microGrid, microCode, villageGrid, villageCode, areaGrid, areaCode, town);
    }

    /** The level a case starts at: the deepest grid it was routed to, or the town. */
    public CaseLevel startLevel() {
        return microGrid != null ? CaseLevel.MICRO
                : villageGrid != null ? CaseLevel.VILLAGE : areaGrid != null ? CaseLevel.AREA : CaseLevel.TOWN;
    }

    /** The code of the grid that answers at a level, or null at the town (or where no grid was drawn). */
    public String codeAt(CaseLevel level) {
        return switch (level) {
            case MICRO -> microCode;
            case VILLAGE -> villageCode;
            case AREA -> areaCode;
            case TOWN -> null;
        };
    }
}
