package org.ronghe.domain.grid;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.ronghe.domain.organization.OrganizationId;

/**
 * One grid of a town's plan with its history: where it lay and who answered for it on each day since it
 * was drawn, its roles now, and the day it was retired (it is active until then).
 *
 * @param parent the grid it lies in, or null for an area grid (which lies in the town)
 */
public record Grid(GridId id, GridCode code, String name, GridId parent, List<Dated<Territory>> territories,
        List<Dated<OrganizationId>> responsibles, List<GridRole> roles, LocalDate drawnOn, LocalDate retiredOn) {

    public Grid {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(drawnOn, "drawnOn");
        territories = List.copyOf(territories);
        responsibles = List.copyOf(responsibles);
        roles = List.copyOf(roles);
        if (territories.isEmpty()) {
            throw new IllegalArgumentException("a grid has a territory from the day it is drawn");
        }
    }

    public GridLevel level() {
        return code.level();
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(drawnOn) && (retiredOn == null || day.isBefore(retiredOn));
    }

    public Territory territoryOn(LocalDate day) {
        return Dated.on(territories, day);
    }

    public OrganizationId responsibleOn(LocalDate day) {
        return Dated.on(responsibles, day);
    }

    Grid retired(LocalDate on) {
        return new Grid(id, code, name, parent, territories, responsibles, roles, drawnOn, on);
    }

    /** The grid as a revision keeps it from the day: the draft's name, shape, organization and roles. */
    Grid redrawn(GridDraft draft, LocalDate on) {
        return new Grid(id, code, draft.name(), parent, GridPlan.changed(territories, draft.territory(), on),
                GridPlan.changed(responsibles, draft.responsible(), on), draft.roles(), drawnOn, null);
    }

    Grid answeredForBy(OrganizationId responsible, LocalDate on) {
        return new Grid(id, code, name, parent, territories, GridPlan.changed(responsibles, responsible, on), roles,
                drawnOn, retiredOn);
    }

    Grid withRoles(List<GridRole> appointed) {
        return new Grid(id, code, name, parent, territories, responsibles, appointed, drawnOn, retiredOn);
    }
}
