package org.ronghe.application.grid.port.in;

import java.time.LocalDate;

import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.grid.GridLevel;
import org.ronghe.domain.organization.OrganizationId;

/**
 * Which grids a listing holds: each filter optional, all of them together.
 *
 * @param asOf the day the grids are read as of (null: today)
 */
public record GridCriteria(GridLevel level, OrganizationId town, GridId parent, LocalDate asOf) {

    public static GridCriteria all() {
        return new GridCriteria(null, null, null, null);
    }
}
