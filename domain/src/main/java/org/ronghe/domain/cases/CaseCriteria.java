package org.ronghe.domain.cases;

import java.time.Instant;

import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.NameSearch;

/**
 * Which cases a listing asks for; null fields do not filter.
 *
 * @param grid           a grid of any level the case was routed to (a village grid finds its micro grids' cases)
 * @param overdueAt      open cases whose limit had passed at this instant
 * @param open           only open cases (true), only closed or invalid ones (false)
 * @param receivedFrom   only cases received at or after this instant
 * @param receivedBefore only cases received before this instant
 * @param text           a search of what the case says: its description or its address
 */
public record CaseCriteria(CaseStatus status, OrganizationId town, GridId grid, OrganizationId department,
        String category, Instant overdueAt, Boolean open, Instant receivedFrom, Instant receivedBefore,
        NameSearch text) {

    /** No search. */
    public CaseCriteria(CaseStatus status, OrganizationId town, GridId grid, OrganizationId department,
            String category, Instant overdueAt, Boolean open, Instant receivedFrom, Instant receivedBefore) {
        this(status, town, grid, department, category, overdueAt, open, receivedFrom, receivedBefore, null);
    }

    public CaseCriteria(CaseStatus status, OrganizationId town, GridId grid, OrganizationId department,
            String category, Instant overdueAt) {
        this(status, town, grid, department, category, overdueAt, null, null, null, null);
    }

    public static CaseCriteria all() {
        return new CaseCriteria(null, null, null, null, null, null);
    }

    /** The same criteria, only open cases whose limit had passed at the instant. */
    public CaseCriteria overdueAt(Instant at) {
        return new CaseCriteria(status, town, grid, department, category, at, open, receivedFrom, receivedBefore, text);
    }

    /** The same criteria, only open cases (true) or only those closed or found invalid (false). */
    public CaseCriteria open(boolean isOpen) {
        return new CaseCriteria(status, town, grid, department, category, overdueAt, isOpen, receivedFrom,
                receivedBefore, text);
    }

    /** The same criteria, only cases received from one instant (inclusive) to another (exclusive). */
    public CaseCriteria receivedBetween(Instant from, Instant before) {
        return new CaseCriteria(status, town, grid, department, category, overdueAt, open, from, before, text);
    }

    /** The same criteria, only cases whose description or address contains the search. */
    public CaseCriteria saying(NameSearch search) {
        return new CaseCriteria(status, town, grid, department, category, overdueAt, open, receivedFrom,
                receivedBefore, search);
    }

    public boolean matches(CityCase c) {
        var routing = c.state().progress().routing();
        return (status == null || status == c.status()) && (town == null || town.equals(c.town()))
                && (grid == null || grid.equals(routing.microGrid()) || grid.equals(routing.villageGrid())
                        || grid.equals(routing.areaGrid()))
                && (department == null || department.equals(c.department()))
                && (category == null || category.equals(c.category()))
                && (overdueAt == null || c.isOverdueAt(overdueAt))
                && (open == null || open == c.status().isOpen())
                && (receivedFrom == null || !c.receivedAt().isBefore(receivedFrom))
                && (receivedBefore == null || c.receivedAt().isBefore(receivedBefore))
                && (text == null || text.matches(c.state().intake().description(), c.state().intake().address()));
    }
}
