package org.ronghe.domain.cases;

import java.time.Instant;

import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;

/**
 * Which cases a listing asks for; null fields do not filter.
 *
 * @param grid      a grid of any level the case was routed to (a village grid finds its micro grids' cases)
 * @param overdueAt open cases whose limit had passed at this instant
 */
public record CaseCriteria(CaseStatus status, OrganizationId town, GridId grid, OrganizationId department,
        String category, Instant overdueAt) {

    public static CaseCriteria all() {
        return new CaseCriteria(null, null, null, null, null, null);
    }

    /** The same criteria, only open cases whose limit had passed at the instant. */
    public CaseCriteria overdueAt(Instant at) {
        return new CaseCriteria(status, town, grid, department, category, at);
    }

    public boolean matches(CityCase c) {
        var routing = c.state().progress().routing();
        return (status == null || status == c.status()) && (town == null || town.equals(c.town()))
                && (grid == null || grid.equals(routing.microGrid()) || grid.equals(routing.villageGrid())
                        || grid.equals(routing.areaGrid()))
                && (department == null || department.equals(c.department()))
                && (category == null || category.equals(c.category()))
                && (overdueAt == null || c.isOverdueAt(overdueAt));
    }
}
