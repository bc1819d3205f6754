package org.ronghe.domain.task;

import java.time.LocalDate;

import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationScope;
import org.ronghe.domain.shared.NameSearch;

/**
 * Which tasks a listing asks for; null fields do not filter. {@code concerning}: assigned or
 * co-assigned; {@code pendingOnly}: not done or verified; {@code overdueOn}: past due and pending that day;
 * {@code title}: a search of the title; {@code within}: assigned or co-assigned to an organization in the scope
 * (a town's filter: the town, its villages and units).
 */
public record TaskCriteria(CommitteeId host, MeetingId meeting, OrganizationId concerning, TaskStatus status,
        boolean pendingOnly, LocalDate overdueOn, NameSearch title, OrganizationScope within) {

    /** No search by title or scope. */
    public TaskCriteria(CommitteeId host, MeetingId meeting, OrganizationId concerning, TaskStatus status,
            boolean pendingOnly, LocalDate overdueOn) {
        this(host, meeting, concerning, status, pendingOnly, overdueOn, null, null);
    }

    /** The tasks born from one meeting's resolutions, verified or not. */
    public static TaskCriteria ofMeeting(org.ronghe.domain.meeting.MeetingId meeting) {
        return new TaskCriteria(null, meeting, null, null, false, null);
    }

    public static TaskCriteria all() {
        return new TaskCriteria(null, null, null, null, false, null);
    }

    public boolean matches(FollowUpTask task) {
        var s = task.state();
        return (host == null || host.equals(s.hostCommittee())) && (meeting == null || meeting.equals(s.meeting()))
                && (concerning == null || task.concerns(concerning)) && (status == null || status == s.status())
                && (!pendingOnly || s.status().isPending())
                && (overdueOn == null || task.isOverdueOn(overdueOn))
                && (title == null || title.matches(s.title()))
                && (within == null || within.includes(s.assignee()) || within.includesAny(s.coAssignees()));
    }
}
