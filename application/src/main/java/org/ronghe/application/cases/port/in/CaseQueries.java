package org.ronghe.application.cases.port.in;

import java.time.Instant;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.cases.CaseCriteria;
import org.ronghe.domain.cases.CaseFigureQuery;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;

/** Reading cases and the policy (every caller). Instants default to now. */
public interface CaseQueries {

    /** A case with its history, overdue judged at the instant (now when null). */
    CaseView cityCase(CaseId id, Instant asOf);

    /** Matching cases, the latest received first. */
    Page<CaseView> cases(CaseCriteria criteria, PageRequest page, Instant asOf);

    /** Matching open cases whose limit had passed at the instant (now when null), the latest received first. */
    Page<CaseView> overdueCases(CaseCriteria criteria, PageRequest page, Instant asOf);

    /**
     * Received, closed, on-time rate, median hours to sign for and to close, duplicates, escalations and returns,
     * by town, village grid, department or category (asOf null: now).
     */
    CaseFiguresView figures(CaseFigureQuery.Grouping by, Instant from, Instant to, Instant asOf);

    /**
     * The short-board problems the cases raised for a committee, of a town, of a category (null: any), the latest
     * first: the draft agenda items of the fusion committees.
     */
    Page<ShortBoardProblemView> shortBoardProblems(CommitteeId committee, OrganizationId town, String category,
            PageRequest page);

    /** @throws org.ronghe.domain.shared.AggregateNotFoundException while no policy is adopted */
    CasePolicyView policy();
}
