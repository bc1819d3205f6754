package org.ronghe.application.committee.port.in;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;

/**
 * Reading committees: who sat on committee X, in which role, on day D; where organization Y sits as of
 * D; the whole leading structure, for org charts.
 */
public interface CommitteeQueries {

    /** @param asOf the day to answer for (null: today) */
    CommitteeView committee(CommitteeId id, LocalDate asOf);

    Page<CommitteeView> committees(CommitteeCriteria criteria, LocalDate asOf, PageRequest page);

    /**
     * The seats an organization held on a day (null: today).
     *
     * @throws org.ronghe.domain.shared.AggregateNotFoundException if there is no such organization
     */
    List<Seat> seatsOf(OrganizationId organization, LocalDate asOf);

    /** @param asOf the day (null: today) */
    StructureView structure(LocalDate asOf);

    /**
     * One committee of the structure with a page of those directly under it, for trees too large to read
     * whole.
     *
     * @param asOf the day (null: today)
     * @throws org.ronghe.domain.shared.AggregateNotFoundException if there is no such committee, or it was
     *     not yet planned that day
     */
    StructureBranchView structureBranch(CommitteeId committee, LocalDate asOf, PageRequest children);
}
