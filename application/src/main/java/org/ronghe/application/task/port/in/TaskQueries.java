package org.ronghe.application.task.port.in;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.Verifier;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskId;

/** Reading follow-up tasks and the closed loop they make (every caller). */
public interface TaskQueries {

    TaskView task(TaskId id, LocalDate asOf);

    Page<TaskView> tasks(TaskCriteria criteria, LocalDate asOf, PageRequest page);

    /** Who verifies the task today: its host committee's LEAD, or the one above when that LEAD works on it. */
    Verifier verifier(TaskId id);

    /**
     * What the caller may do with the task now (note progress, mark done, verify, reopen): what the matching
     * changes would accept, so that a page shows only the buttons that work.
     */
    org.ronghe.domain.access.TaskActions actions(org.ronghe.application.shared.port.Caller caller, TaskId id);

    /** Tasks that are pending and past due on {@code asOf} (null: today), paged, by due day. */
    Page<TaskView> overdueTasks(CommitteeId host, LocalDate asOf, PageRequest page);

    /**
     * Per host committee, per mechanism and per assignee: tasks, verified tasks, closure rate, median days
     * from creation to verification, overdue tasks.
     */
    List<Closure> closure(LocalDate asOf);

    /** @param name the committee's or the assignee's Chinese name; a mechanism's code (the API's labels name it) */
    record Closure(String dimension, String key, String name, long tasks, long verified, double closureRate,
            Double medianDaysToVerify, long overdue) {
    }
}
