package org.ronghe.domain.grid;

import java.util.List;
import java.util.Objects;

/**
 * One way a plan breaks a grid rule, naming the grids by code and, for a wrong shape, how large the
 * fault is on the ground.
 *
 * @param rule         a stable name of the rule (e.g. {@code grids-overlap})
 * @param codes        the grids at fault (two for an overlap), or the town's code
 * @param squareMetres the area of the overlap, gap or part outside, or null where there is no area
 */
public record GridProblem(String rule, List<String> codes, String detail, Double squareMetres) {

    public GridProblem {
        Objects.requireNonNull(rule, "rule");
        codes = List.copyOf(codes);
        Objects.requireNonNull(detail, "detail");
    }
}
