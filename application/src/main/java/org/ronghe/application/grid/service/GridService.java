package org.ronghe.application.grid.service;

import org.ronghe.application.grid.port.in.DefineGridPlanCommand;
import org.ronghe.application.grid.port.in.GridChange;
import org.ronghe.application.grid.port.in.GridCommands;
import org.ronghe.application.grid.port.in.GridPlanView;
import org.ronghe.application.grid.port.out.GridPlans;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.service.AggregateWrites;
import org.ronghe.domain.access.GridStewardship;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.grid.GridPlan;
import org.ronghe.domain.grid.GridPlanExistsException;
import org.ronghe.domain.grid.GridPlanId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.UnknownReferenceException;

/** Draws and revises the towns' grid plans (every write audited, checked whole against the grid rules). */
public record GridService(GridPlans plans, Organizations organizations, AggregateWrites<GridPlan, GridPlanId> writes)
        implements GridCommands {

    @Override
    public GridPlanView define(Caller caller, DefineGridPlanCommand command) {
        GridStewardship.requireMayPlan(caller.actor(), command.town());
        return writes.create(caller, () -> {
            var facts = OrganizationFactsOf.read(organizations);
            var town = facts.organization(command.town())
                    .orElseThrow(() -> new UnknownReferenceException("townId", "organization", command.town()));
            if (facts.kindOf(town.getId()).orElse(null) != OrganizationKind.TOWN_PARTY_COMMITTEE) {
                throw new InvalidValueException("townId", "must be an active town party committee");
            }
            if (plans.findByTown(command.town()).isPresent()) {
                throw new GridPlanExistsException(command.town());
            }
            var defining = GridPlan.define(new GridPlanId(writes.newId()), command.town(), command.townCode(),
                    command.townTerritory(), command.grids(), command.on(), () -> new GridId(writes.newId()), facts,
                    writes.now());
            return new AggregateWrites.Created<>(defining.plan(), defining.event());
        }, this::view);
    }

    @Override
    public GridPlanView change(Caller caller, GridChange change) {
        return writes.change(caller, change.id(), change.expectedVersion(), plan -> {
            GridStewardship.requireMayPlan(caller.actor(), plan.town());
            if (change instanceof GridChange.Revise revise) {
                return plan.revise(revise.parentCode(), revise.children(), revise.on(), () -> new GridId(writes.newId()),
                        OrganizationFactsOf.read(organizations), writes.now());
            }
            if (change instanceof GridChange.Assign assign) {
                return plan.assign(assign.code(), assign.responsible(), assign.on(), OrganizationFactsOf.read(organizations),
                        writes.now());
            }
            if (change instanceof GridChange.Retire retire) {
                return plan.retire(retire.code(), retire.on(), OrganizationFactsOf.read(organizations), writes.now());
            }
            var appoint = (GridChange.Appoint) change;
            return plan.appoint(appoint.code(), appoint.roles(), writes.today(), writes.now());
        }, this::view);
    }

    private GridPlanView view(GridPlan plan) {
        return GridViews.plan(plan, organizations.findById(plan.town()).map(o -> o.name().zh()).orElse(null),
                writes.today());
    }
}
