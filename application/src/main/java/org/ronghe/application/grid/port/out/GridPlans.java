package org.ronghe.application.grid.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ronghe.application.shared.port.out.AggregateRepository;
import org.ronghe.domain.grid.GridPlan;
import org.ronghe.domain.grid.GridPlanId;
import org.ronghe.domain.organization.OrganizationId;

/**
 * The towns' grid plans, one per town: adding a second plan for a town fails with
 * {@link org.ronghe.domain.grid.GridPlanExistsException}. Implementations must pass the adapter contract kit.
 */
public interface GridPlans extends AggregateRepository<GridPlan, GridPlanId> {

    Optional<GridPlan> findByTown(OrganizationId town);

    /** Every plan, by town code. */
    List<GridPlan> all();

    /** The stored version of every plan: one cheap read that tells whether anything changed. */
    Map<GridPlanId, Long> versions();
}
