package org.ronghe.adapter.http.task;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.application.task.port.in.TaskView;
import org.ronghe.domain.access.Verifier;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.task.TaskStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON shapes of follow-up tasks. */
final class TaskResources {

    private TaskResources() {
    }

    record NoteResource(String authorId, @ApiDoc.Nullable String authorName, String text, LocalDate on) {
    }

    /** @param verifier who verifies the task today; on the answers about one task only, absent in lists */
    record TaskResource(String id, String meetingId, int resolution, String hostCommitteeId,
            @ApiDoc.Nullable String hostCommitteeName,
            @ApiDoc.Values(MeetingMechanism.class) String mechanism, String title, String assigneeId,
            @ApiDoc.Nullable String assigneeName, List<String> coAssigneeIds,
            @ApiDoc.About("the co-assignees' names, in the order of coAssigneeIds") List<String> coAssigneeNames,
            LocalDate createdOn, LocalDate dueOn,
            @ApiDoc.Values(TaskStatus.class) String status, boolean overdue, long daysLate, List<NoteResource> notes,
            @ApiDoc.Nullable LocalDate doneOn, @ApiDoc.Nullable LocalDate verifiedOn,
            @ApiDoc.Nullable String reopenReason, LocalDate asOf, long version,
            @ApiDoc.About("who verifies the task today (on the answers about one task, absent in lists): LEAD, "
                    + "the operators of organizationId, LEAD of committeeId (the host committee, or the one above it "
                    + "when the host's LEAD works on the task); DISTRICT_ADMIN when every LEAD up to the promotion "
                    + "committee works on it; AWAITING_LEAD when that committee has no LEAD today")
            @JsonInclude(JsonInclude.Include.NON_NULL) VerifierResource verifier) {

        TaskResource withVerifier(Verifier who) {
            return new TaskResource(id, meetingId, resolution, hostCommitteeId, hostCommitteeName, mechanism, title,
                    assigneeId, assigneeName, coAssigneeIds, coAssigneeNames, createdOn, dueOn, status, overdue, daysLate, notes, doneOn, verifiedOn, reopenReason,
                    asOf, version, VerifierResource.of(who));
        }
    }

    /** LEAD (the operators of organizationId, LEAD of committeeId), DISTRICT_ADMIN, or AWAITING_LEAD (of committeeId). */
    record VerifierResource(@ApiDoc.OneOf({ "LEAD", "DISTRICT_ADMIN", "AWAITING_LEAD" }) String kind,
            @ApiDoc.Nullable String committeeId,
            @ApiDoc.Nullable String organizationId) {

        static VerifierResource of(Verifier verifier) {
            if (verifier instanceof Verifier.LeadOf lead) {
                return new VerifierResource("LEAD", lead.committee().toString(), lead.organization().toString());
            }
            if (verifier instanceof Verifier.AwaitingLead awaiting) {
                return new VerifierResource("AWAITING_LEAD", awaiting.committee().toString(), null);
            }
            return new VerifierResource("DISTRICT_ADMIN", null, null);
        }
    }

    static TaskResource of(TaskView view) {
        var t = view.task();
        var names = view.names();
        var coAssignees = t.coAssignees().stream().map(Object::toString).sorted().toList();
        return new TaskResource(t.id().toString(), t.meeting().toString(), t.resolution(), t.hostCommittee().toString(),
                names.get(t.hostCommittee().toString()), t.mechanism().name(), t.title(), t.assignee().toString(),
                names.get(t.assignee().toString()), coAssignees,
                coAssignees.stream().map(id -> names.getOrDefault(id, "")).toList(), t.createdOn(), t.dueOn(),
                t.status().name(), view.overdue(), view.daysLate(),
                t.notes().stream().map(n -> new NoteResource(n.author().toString(), names.get(n.author().toString()),
                        n.text(), n.on())).toList(),
                t.doneOn(), t.verifiedOn(), t.reopenReason(), view.asOf(), t.version(), null);
    }
}
