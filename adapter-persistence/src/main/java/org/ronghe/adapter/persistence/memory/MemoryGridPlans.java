package org.ronghe.adapter.persistence.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ronghe.application.grid.port.out.GridPlans;
import org.ronghe.domain.grid.GridPlan;
import org.ronghe.domain.grid.GridPlanExistsException;
import org.ronghe.domain.grid.GridPlanId;
import org.ronghe.domain.organization.OrganizationId;

final class MemoryGridPlans extends MemoryAggregates<GridPlan, GridPlanId, GridPlan.State> implements GridPlans {

    MemoryGridPlans(MemoryTransactions transactions) {
        super(transactions, "grid plan", new Shape<>(GridPlan::restore, GridPlan::getId, GridPlan::state,
                GridPlan::version, GridPlan::markStored));
    }

    @Override
    public void add(GridPlan plan) {
        // one plan per town, as the database's unique key keeps it
        if (findByTown(plan.town()).isPresent()) {
            throw new GridPlanExistsException(plan.town());
        }
        super.add(plan);
    }

    @Override
    public Optional<GridPlan> findByTown(OrganizationId town) {
        return stored().filter(plan -> plan.town().equals(town)).findFirst();
    }

    @Override
    public List<GridPlan> all() {
        return stored().sorted(Comparator.comparing(plan -> plan.state().townCode())).toList();
    }

    @Override
    public Map<GridPlanId, Long> versions() {
        Map<GridPlanId, Long> versions = new LinkedHashMap<>();
        stored().forEach(plan -> versions.put(plan.getId(), plan.version()));
        return versions;
    }
}
