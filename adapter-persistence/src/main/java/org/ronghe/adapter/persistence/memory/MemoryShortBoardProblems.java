package org.ronghe.adapter.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.ronghe.application.cases.port.out.ShortBoardProblems;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.cases.ShortBoardProblem;
import org.ronghe.domain.cases.ShortBoardProblemId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;

final class MemoryShortBoardProblems
        extends MemoryAggregates<ShortBoardProblem, ShortBoardProblemId, ShortBoardProblem.State>
        implements ShortBoardProblems {

    MemoryShortBoardProblems(MemoryTransactions transactions) {
        super(transactions, "short-board problem", new Shape<>(ShortBoardProblem::restore, ShortBoardProblem::getId,
                ShortBoardProblem::state, ShortBoardProblem::version, ShortBoardProblem::markStored));
    }

    @Override
    public Optional<Instant> lastRaised(String category, GridId villageGrid) {
        return stored().map(ShortBoardProblem::state)
                .filter(s -> s.category().equals(category) && s.villageGrid().equals(villageGrid))
                .map(ShortBoardProblem.State::raisedAt).max(Comparator.naturalOrder());
    }

    @Override
    public Page<ShortBoardProblem> find(CommitteeId committee, OrganizationId town, String category,
            PageRequest page) {
        return MemoryPages.of(stored().filter(p -> {
            var s = p.state();
            return (committee == null || committee.equals(s.committee())) && (town == null || town.equals(s.town()))
                    && (category == null || category.equals(s.category()));
        }).sorted(Comparator.comparing((ShortBoardProblem p) -> p.state().raisedAt()).reversed()
                .thenComparing(p -> p.getId().toString())).toList(), page);
    }
}
