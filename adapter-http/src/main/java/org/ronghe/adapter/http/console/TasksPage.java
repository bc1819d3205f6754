package org.ronghe.adapter.http.console;

import java.time.LocalDate;
import java.util.List;

/**
 * 任务 list: follow-up tasks searched by title, filtered by status and by town (a town's filter takes in its
 * villages and units, as assignee or co-assignee), with names beside every id; exported as CSV with the same
 * filters ({@code csvQuery}).
 */
public record TasksPage(Frame frame, String q, List<Choice> statuses, List<Choice> towns, List<Row> rows, int total,
        String csvQuery) {

    public record Row(String id, String title, String committee, String assignee, String coAssignees, LocalDate dueOn,
            String status, long daysLate, boolean mine) {
    }
}
