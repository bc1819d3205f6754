package org.ronghe.application.task.port.in;

import java.time.LocalDate;

import org.ronghe.domain.task.FollowUpTask;

/** A task as callers see it on a day: overdue and days late are judged then. */
public record TaskView(FollowUpTask.State task, boolean overdue, long daysLate, LocalDate asOf) {

    public static TaskView of(FollowUpTask task, LocalDate today) {
        return new TaskView(task.state(), task.isOverdueOn(today), task.daysLateOn(today), today);
    }
}
