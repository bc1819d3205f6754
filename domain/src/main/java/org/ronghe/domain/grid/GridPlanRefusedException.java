package org.ronghe.domain.grid;

import java.util.List;
import java.util.stream.Collectors;

import org.ronghe.domain.shared.RuleViolationException;

/** A plan or a revision that would break a grid rule; refused whole, nothing of it kept. */
public final class GridPlanRefusedException extends RuleViolationException {

    private final transient List<GridProblem> problems;

    public GridPlanRefusedException(List<GridProblem> problems) {
        super("grid-plan-refused", "the grid plan breaks " + problems.size() + " rule(s): " + problems.stream().limit(5)
                .map(p -> p.rule() + " " + p.codes() + ": " + p.detail()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<GridProblem> problems() {
        return problems;
    }
}
