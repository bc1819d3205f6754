package org.ronghe.application.meeting.service;

import java.util.List;

import org.ronghe.application.audit.service.AuditDescriptions;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.meeting.AgendaItemCarriedOn;
import org.ronghe.domain.meeting.AgendaItemRaised;
import org.ronghe.domain.meeting.MeetingCancelled;
import org.ronghe.domain.meeting.MeetingHeld;
import org.ronghe.domain.meeting.MeetingRescheduled;
import org.ronghe.domain.meeting.MeetingScheduled;
import org.ronghe.domain.meeting.MinutesApproved;
import org.ronghe.domain.meeting.ResolutionAdopted;

/** What each meeting event changed, for the audit trail. */
public final class MeetingAudit {

    private MeetingAudit() {
    }

    public static AuditDescriptions descriptions() {
        return new AuditDescriptions()
                .on(MeetingScheduled.class, "meeting", MeetingScheduled::meeting, e -> List.of(
                        new FieldChange("status", null, "SCHEDULED"),
                        new FieldChange("mechanism", null, e.mechanism().name()), new FieldChange("title", null, e.title()),
                        new FieldChange("start", null, e.slot().start().toString())))
                .on(MeetingRescheduled.class, "meeting", MeetingRescheduled::meeting, e -> List.of(
                        new FieldChange("start", e.from().start().toString(), e.to().start().toString()),
                        new FieldChange("venue", e.from().venue(), e.to().venue())))
                .on(MeetingCancelled.class, "meeting", MeetingCancelled::meeting, e -> List.of(
                        new FieldChange("status", "SCHEDULED", "CANCELLED"), new FieldChange("reason", null, e.reason())))
                .on(AgendaItemRaised.class, "meeting", AgendaItemRaised::meeting, e -> List.of(
                        new FieldChange("agenda item " + e.item(), null, "raised by " + e.raisedBy()
                                + (e.carriedFrom() == null ? "" : ", carried from " + e.carriedFrom()))))
                .on(AgendaItemCarriedOn.class, "meeting", AgendaItemCarriedOn::meeting, e -> List.of(
                        new FieldChange("agenda item " + e.item(), null, "carried on to " + e.carriedTo())))
                .on(MeetingHeld.class, "meeting", MeetingHeld::meeting, e -> List.of(
                        new FieldChange("status", "SCHEDULED", "HELD"),
                        new FieldChange("attended", null, String.valueOf(e.attended()))))
                .on(ResolutionAdopted.class, "meeting", ResolutionAdopted::meeting, e -> List.of(
                        new FieldChange("resolution " + e.resolution(), null, "on agenda item " + e.agendaItem())))
                .on(MinutesApproved.class, "meeting", MinutesApproved::meeting, e -> List.of(
                        new FieldChange("status", "HELD", "MINUTES_APPROVED")));
    }
}
