package org.ronghe.application.cases.port.in;

import java.time.Instant;
import java.util.List;

import org.ronghe.domain.cases.CaseFigure;
import org.ronghe.domain.cases.CaseFigureQuery;

/**
 * The case figures of a query, each group with the name a person reads.
 *
 * @param rows one per group, in the order of their keys, the group without one last
 */
public record CaseFiguresView(CaseFigureQuery query, List<Row> rows) {

    /**
     * @param name the town's or department's Chinese name, the village grid's code, the category's Chinese name; null
     *             for the group without a key (cases outside every grid, not yet filed to a town)
     */
    public record Row(CaseFigure figure, String name) {
    }

    public CaseFiguresView {
        rows = List.copyOf(rows);
    }

    public Instant asOf() {
        return query.asOf();
    }
}
