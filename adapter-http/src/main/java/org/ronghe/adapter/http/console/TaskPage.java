package org.ronghe.adapter.http.console;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.domain.access.TaskActions;

/**
 * 任务: one follow-up task with its history, who verifies it, and the buttons its viewer may press, each of
 * which sends the version the page showed (a task changed meanwhile is refused, never overwritten).
 */
public record TaskPage(Frame frame, String id, String title, String status, String committee, String meeting,
        String assignee, List<String> coAssignees, LocalDate createdOn, LocalDate dueOn, LocalDate doneOn,
        LocalDate verifiedOn, boolean overdue, long daysLate, String reopenReason, String verifier,
        List<Event> history, long version, TaskActions actions, String notice) {

    /** A step of the task's life: a day, who, what. */
    public record Event(LocalDate on, String who, String what) {
    }

    public boolean mayAct() {
        return actions.markDone() || actions.verify() || actions.reopen();
    }
}
