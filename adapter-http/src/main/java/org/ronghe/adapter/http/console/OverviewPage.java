package org.ronghe.adapter.http.console;

import java.time.LocalDate;
import java.util.List;

/**
 * 总览: the target systems' attainment, the overdue follow-up tasks and commitments of the signed-in organization
 * and those under it (all of them for the district's administrators), the closure rate per committee, and the
 * meetings of the week.
 */
public record OverviewPage(Frame frame, List<SystemPanel> systems, List<Legend> legend, List<TaskRow> overdueTasks,
        long overdueTotal, String overdueScope, List<CommitmentRow> overdueCommitments, List<ClosureRow> closure,
        LocalDate weekFrom, LocalDate weekTo, List<MeetingRow> meetings) {

    /** A project's commitment past its day. */
    public record CommitmentRow(String projectId, String project, String flagBearer, String commitment,
            LocalDate dueOn, long daysLate) {
    }

    /** One target system: the share of its plan period elapsed, and its attainment as a whole and per category. */
    public record SystemPanel(String id, String title, int elapsedPercent, String healthyPercent, Bar overall,
            List<Bar> categories) {
    }

    /** A row of the attainment chart: how many indicators stand in each state, drawn as a stacked bar. */
    public record Bar(String name, int indicators, List<Segment> segments) {
    }

    /** Part of a bar: x and width in percent of the bar, the state's colour class, its Chinese name and count. */
    public record Segment(String state, String label, int count, double x, double width) {
    }

    public record Legend(String state, String label) {
    }

    public record TaskRow(String id, String title, String committee, String assignee, LocalDate dueOn, long daysLate,
            String status) {
    }

    public record ClosureRow(String committee, long tasks, long verified, int closurePercent, String medianDays,
            long overdue) {
    }

    public record MeetingRow(String title, String committee, String mechanism, String when, String venue,
            String status) {
    }
}
