package org.ronghe.adapter.http.console;

import java.util.List;

/**
 * 案件: a case queue, for one's own town or department first, filtered by status, town, category, grid and
 * overdue, as CSV too.
 */
public record CasesPage(Frame frame, String scope, String q, List<Choice> statuses, List<Choice> towns,
        List<Choice> categories,
        boolean overdueOnly,
        String gridId, List<Row> rows, long total, String csvQuery) {

    public record Row(String id, String category, String status, String town, String grid, String department,
            String received, String due, boolean overdue, String address) {
    }
}
