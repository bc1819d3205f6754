package org.ronghe.application.grid.port.in;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.domain.grid.GridProblem;
import org.ronghe.domain.organization.OrganizationId;

/**
 * The "no omission, no dead corner" (无遗漏、无死角) report of one town, or of every town with a plan: counts
 * and area computed from the geometry, and every fault found, empty lists when the rules hold.
 *
 * @param town                            the town, or null for every town
 * @param squareKilometres                the towns' territory on the ground
 * @param gaps                            parents their grids leave partly uncovered
 * @param overlaps                        pairs of grids of one parent that overlap
 * @param outside                         grids lying partly outside their parent
 * @param withoutResponsible              codes of active grids no organization answers for
 * @param organizationsWithoutGrid        village and residential organizations answering for no village grid
 * @param otherProblems                   every other broken rule (an organization retired or moved since)
 */
public record GridCoverage(OrganizationId town, LocalDate asOf, int towns, int areaGrids, int villageGrids,
        int microGrids, double squareKilometres, List<GridProblem> gaps, List<GridProblem> overlaps,
        List<GridProblem> outside, List<String> withoutResponsible, List<OrganizationRef> organizationsWithoutGrid,
        List<GridProblem> otherProblems) {

    /** An organization by id with its name. */
    public record OrganizationRef(OrganizationId id, String name) {
    }

    public boolean holds() {
        return gaps.isEmpty() && overlaps.isEmpty() && outside.isEmpty() && withoutResponsible.isEmpty()
                && organizationsWithoutGrid.isEmpty() && otherProblems.isEmpty();
    }
}
