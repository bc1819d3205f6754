package org.ronghe.application.meeting.port.in;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.application.shared.port.Page;
import org.ronghe.domain.access.Verifier;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskId;

/** Reading meetings and tasks, and the closed-loop views (every caller). */
public interface MeetingQueries {

    MeetingView meeting(MeetingId id);

    Page<MeetingView> meetings(MeetingCriteria criteria, PageRequest page);

    TaskView task(TaskId id, LocalDate asOf);

    Page<TaskView> tasks(TaskCriteria criteria, LocalDate asOf, PageRequest page);

    /** Who verifies the task today: its host committee's LEAD, or the one above when that LEAD works on it. */
    Verifier verifier(TaskId id);

    /** Tasks that are pending and past due on {@code asOf} (null: today), paged, by due day. */
    Page<TaskView> overdueTasks(CommitteeId host, LocalDate asOf, PageRequest page);

    /**
     * Per host committee, per mechanism and per assignee: tasks, verified tasks, closure rate, median days
     * from creation to verification, overdue tasks.
     */
    List<Closure> closure(LocalDate asOf);

    /** Meetings held (HELD or MINUTES_APPROVED) per mechanism and month (yyyy-MM, Asia/Shanghai). */
    List<MeetingCount> meetingsPerMechanism();

    record Closure(String dimension, String key, long tasks, long verified, double closureRate, Double medianDaysToVerify,
            long overdue) {
    }

    record MeetingCount(MeetingMechanism mechanism, String month, long meetings) {
    }
}
