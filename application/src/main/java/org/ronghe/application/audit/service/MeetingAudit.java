package org.ronghe.application.audit.service;

import java.util.List;
import java.util.Optional;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.meeting.AgendaItemCarriedOn;
import org.ronghe.domain.meeting.AgendaItemRaised;
import org.ronghe.domain.meeting.MeetingCancelled;
import org.ronghe.domain.meeting.MeetingHeld;
import org.ronghe.domain.meeting.MeetingRescheduled;
import org.ronghe.domain.meeting.MeetingScheduled;
import org.ronghe.domain.meeting.MinutesApproved;
import org.ronghe.domain.meeting.ResolutionAdopted;
import org.ronghe.domain.task.TaskCreated;
import org.ronghe.domain.task.TaskDone;
import org.ronghe.domain.task.TaskProgressNoted;
import org.ronghe.domain.task.TaskReopened;
import org.ronghe.domain.task.TaskVerified;

/** What each meeting, task and co-work activity event changed, for the audit trail. */
final class MeetingAudit {

    record Described(String type, String id, List<FieldChange> changes) {
    }

    private MeetingAudit() {
    }

    private static Optional<Described> of(String type, Object id, FieldChange... changes) {
        return Optional.of(new Described(type, id.toString(), List.of(changes)));
    }

    static Optional<Described> describe(DomainEvent event) {
        if (event instanceof MeetingScheduled e) {
            return of("meeting", e.meeting(), new FieldChange("status", null, "SCHEDULED"),
                    new FieldChange("mechanism", null, e.mechanism().name()), new FieldChange("title", null, e.title()),
                    new FieldChange("start", null, e.slot().start().toString()));
        }
        if (event instanceof MeetingRescheduled e) {
            return of("meeting", e.meeting(), new FieldChange("start", e.from().start().toString(), e.to().start().toString()),
                    new FieldChange("venue", e.from().venue(), e.to().venue()));
        }
        if (event instanceof MeetingCancelled e) {
            return of("meeting", e.meeting(), new FieldChange("status", "SCHEDULED", "CANCELLED"),
                    new FieldChange("reason", null, e.reason()));
        }
        if (event instanceof AgendaItemRaised e) {
            return of("meeting", e.meeting(), new FieldChange("agenda item " + e.item(), null, "raised by " + e.raisedBy()
                    + (e.carriedFrom() == null ? "" : ", carried from " + e.carriedFrom())));
        }
        if (event instanceof AgendaItemCarriedOn e) {
            return of("meeting", e.meeting(), new FieldChange("agenda item " + e.item(), null,
                    "carried on to " + e.carriedTo()));
        }
        if (event instanceof MeetingHeld e) {
            return of("meeting", e.meeting(), new FieldChange("status", "SCHEDULED", "HELD"),
                    new FieldChange("attended", null, String.valueOf(e.attended())));
        }
        if (event instanceof ResolutionAdopted e) {
            return of("meeting", e.meeting(), new FieldChange("resolution " + e.resolution(), null,
                    "on agenda item " + e.agendaItem()));
        }
        if (event instanceof MinutesApproved e) {
            return of("meeting", e.meeting(), new FieldChange("status", "HELD", "MINUTES_APPROVED"));
        }
        if (event instanceof TaskCreated e) {
            return of("task", e.task(), new FieldChange("status", null, "OPEN"),
                    new FieldChange("assigneeId", null, e.assignee().toString()),
                    new FieldChange("dueOn", null, e.dueOn().toString()));
        }
        if (event instanceof TaskProgressNoted e) {
            return of("task", e.task(), new FieldChange("progress", null, "noted on " + e.on()));
        }
        if (event instanceof TaskDone e) {
            return of("task", e.task(), new FieldChange("status", e.previous().name(), "DONE"));
        }
        if (event instanceof TaskVerified e) {
            return of("task", e.task(), new FieldChange("status", "DONE", "VERIFIED"));
        }
        if (event instanceof TaskReopened e) {
            return of("task", e.task(), new FieldChange("status", e.previous().name(), "REOPENED"),
                    new FieldChange("reason", null, e.reason()));
        }
        if (event instanceof org.ronghe.domain.activity.ActivityRecorded e) {
            return of("activity", e.activity(), new FieldChange("form", null, e.form().name()),
                    new FieldChange("heldOn", null, e.heldOn().toString()));
        }
        if (event instanceof org.ronghe.domain.activity.ActivityWithdrawn e) {
            return of("activity", e.activity(), new FieldChange("withdrawn", "false", "true"),
                    new FieldChange("reason", null, e.reason()));
        }
        return Optional.empty();
    }
}
