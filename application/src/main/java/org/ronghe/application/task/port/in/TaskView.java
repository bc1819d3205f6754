package org.ronghe.application.task.port.in;

import java.time.LocalDate;

import org.ronghe.domain.task.FollowUpTask;

/**
 * A task as callers see it on a day: overdue and days late are judged then.
 *
 * @param names the Chinese name of every committee and organization the task names, by id
 */
public record TaskView(FollowUpTask.State task, boolean overdue, long daysLate, LocalDate asOf,
        java.util.Map<String, String> names) {

    public TaskView {
        names = java.util.Map.copyOf(names);
    }

    public static TaskView of(FollowUpTask task, LocalDate today, java.util.Map<String, String> names) {
        return new TaskView(task.state(), task.isOverdueOn(today), task.daysLateOn(today), today, names);
    }
}
