package org.ronghe.application.grid.port.in;

import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;

/**
 * The grids a point lies in by id and code, and their town: what a case is routed by, read without the names of
 * anyone answering for them. A level a town has not drawn is null.
 */
public record GridPlacement(GridId microGrid, String microCode, GridId villageGrid, String villageCode,
        GridId areaGrid, String areaCode, OrganizationId town) {
}
