package org.ronghe.application.cases.port.out;

import java.time.Instant;
import java.util.Optional;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.AggregateRepository;
import org.ronghe.domain.cases.ShortBoardProblem;
import org.ronghe.domain.cases.ShortBoardProblemId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;

/** The short-board problems the cases raised. Implementations must pass the contract kit. */
public interface ShortBoardProblems extends AggregateRepository<ShortBoardProblem, ShortBoardProblemId> {

    /** When the last problem of a category in a village grid was raised. */
    Optional<Instant> lastRaised(String category, GridId villageGrid);

    /** Problems for a committee, of a town, of a category (null: any), the latest raised first. */
    Page<ShortBoardProblem> find(CommitteeId committee, OrganizationId town, String category, PageRequest page);
}
