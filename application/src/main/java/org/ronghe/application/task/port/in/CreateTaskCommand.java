package org.ronghe.application.task.port.in;

import java.time.LocalDate;
import java.util.Set;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Violations;

/**
 * Create a follow-up task from a resolution of a meeting. {@code createdOn} is the day the task was
 * assigned: today when absent; an earlier day (not before the meeting) records history, as an import does.
 */
public record CreateTaskCommand(MeetingId meeting, int resolution, String title, OrganizationId assignee,
        Set<OrganizationId> coAssignees, LocalDate dueOn, LocalDate createdOn) {

    public CreateTaskCommand(MeetingId meeting, int resolution, String title, OrganizationId assignee,
            Set<OrganizationId> coAssignees, LocalDate dueOn) {
        this(meeting, resolution, title, assignee, coAssignees, dueOn, null);
    }

    public CreateTaskCommand {
        CommandChecks.required(new Violations(), "meetingId", meeting, "assigneeId", assignee, "dueOn", dueOn).throwIfAny();
        coAssignees = coAssignees == null ? Set.of() : Set.copyOf(coAssignees);
    }
}
