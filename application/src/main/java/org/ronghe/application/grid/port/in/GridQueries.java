package org.ronghe.application.grid.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.grid.GridLevel;
import org.ronghe.domain.grid.GridPlanId;
import org.ronghe.domain.organization.OrganizationId;

/** Grids as of a day (today when the day is null): listed, one with its parents, located, and their coverage. */
public interface GridQueries {

    /** A plan with its counts and area as of the day (today when null). */
    GridPlanView plan(GridPlanId id, LocalDate asOf);

    GridPlanView planOfTown(OrganizationId town, LocalDate asOf);

    /** Every town's plan, by town code, as of today. */
    List<GridPlanView> plans();

    /** Grids active on the day, by town code, level, then code. */
    Page<GridView> grids(GridCriteria criteria, PageRequest page);

    /** A grid as it stood on the day (retired ones too), with its parents. */
    GridDetail grid(GridId id, LocalDate asOf);

    /** Every grid active on the day matching the filters, with its territory (for a map). */
    List<GridView> territories(GridLevel level, OrganizationId town, LocalDate asOf);

    /** The micro grid the point lies in on the day, with its village and area grids; empty outside every grid. */
    Optional<GridLocation> locate(double longitude, double latitude, LocalDate asOf);

    /**
     * The same grids by id and code, and their town, without the names {@link #locate} reads for each: the routing
     * of a signal, on every intake.
     */
    Optional<GridPlacement> place(double longitude, double latitude, LocalDate asOf);

    GridCoverage coverage(OrganizationId town, LocalDate asOf);
}
