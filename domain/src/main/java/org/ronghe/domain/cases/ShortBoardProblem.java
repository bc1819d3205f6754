package org.ronghe.domain.cases;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.types.AggregateRoot;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;

/**
 * A short-board problem (短板问题) the cases raised: as many cases of one category in one village grid within the
 * policy's days as its rule says. It is a draft agenda item for the area's fusion committee in which the town sits
 * (the promotion committee where the town sits in none): the street reaches the deliberation loop.
 */
public final class ShortBoardProblem implements AggregateRoot<ShortBoardProblem, ShortBoardProblemId> {

    /**
     * @param committee the committee it is raised for, or null where none could be found (the district's admin
     *                  then takes it to one)
     * @param problem   the draft agenda item's text, in Chinese
     */
    public record State(ShortBoardProblemId id, String category, GridId villageGrid, String villageGridCode,
            OrganizationId town, CommitteeId committee, int cases, int days, Instant raisedAt, String problem,
            long version) {

        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(villageGrid, "villageGrid");
            Objects.requireNonNull(town, "town");
            Objects.requireNonNull(raisedAt, "raisedAt");
            Objects.requireNonNull(problem, "problem");
        }
    }

    public record Raising(ShortBoardProblem problem, ShortBoardProblemRaised event) {
    }

    private State s;

    private ShortBoardProblem(State state) {
        this.s = state;
    }

    /**
     * Raises the problem of a pile of cases in the village grid a case was routed to.
     *
     * @param cases the cases of the category in the grid within the rule's days, the one that made the pile included
     */
    public static Raising raise(ShortBoardProblemId id, CaseCategory category, CaseRouting routing, long cases,
            ShortBoardRule rule, CommitteeId committee, Instant now) {
        if (routing.villageGrid() == null || routing.town() == null) {
            throw new IllegalArgumentException("a short-board problem is of a village grid of a town");
        }
        String text = routing.villageCode() + " 村居网格 " + rule.days() + " 天内发生" + category.name().zh() + "案件 "
                + cases + " 起（达到 " + rule.cases() + " 起的短板标准）：请研究成因，明确牵头部门和整治办法。";
        var problem = new ShortBoardProblem(new State(id, category.code(), routing.villageGrid(),
                routing.villageCode(), routing.town(), committee, (int) cases, rule.days(), now, text, 0));
        return new Raising(problem, new ShortBoardProblemRaised(id, category.code(), routing.villageCode(),
                (int) cases, committee, now));
    }

    public static ShortBoardProblem restore(State state) {
        return new ShortBoardProblem(state);
    }

    public void markStored(long storedVersion) {
        if (storedVersion <= s.version()) {
            throw new IllegalArgumentException("a stored version only grows");
        }
        s = new State(s.id(), s.category(), s.villageGrid(), s.villageGridCode(), s.town(), s.committee(), s.cases(),
                s.days(), s.raisedAt(), s.problem(), storedVersion);
    }

    public State state() {
        return s;
    }

    @Override
    public ShortBoardProblemId getId() {
        return s.id();
    }

    public long version() {
        return s.version();
    }
}
