package org.ronghe.adapter.http.console;

import java.time.LocalDate;
import java.util.List;

/**
 * 项目: the domain projects with their agreements (who carries the flag, who is principal, signed when), searched
 * by name and filtered by town (any of the three roles within it); and every overdue commitment, by name.
 */
public record ProjectsPage(Frame frame, String q, List<Choice> towns, List<Row> rows, List<Overdue> overdue,
        String csvQuery) {

    public record Row(String id, String title, String domain, String flagBearer, String principal, String status,
            String signedOn, int commitments, long overdueCommitments, boolean atRisk, boolean mine) {
    }

    public record Overdue(String projectId, String project, String flagBearer, int commitment, String deliverable,
            LocalDate dueOn, long daysLate) {
    }
}
