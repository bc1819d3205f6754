package org.ronghe.adapter.http.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ronghe.application.meeting.port.in.MeetingView;
import org.ronghe.application.meeting.port.in.TaskView;
import org.ronghe.domain.access.Verifier;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON shapes of meetings and tasks. */
final class MeetingResources {

    /** The city's time zone; primary adapters do not reach the application's Clock port for it. */
    static final java.time.ZoneId CITY_TIME = java.time.ZoneId.of("Asia/Shanghai");

    private MeetingResources() {
    }

    record SlotResource(Instant start, Instant end, String venue) {
    }

    record ItemResource(int number, String raisedById, String problem, String link, String carriedFromMeetingId,
            Integer carriedFromItem, boolean carriedOn) {
    }

    record ResolutionResource(int number, int agendaItem, String text, boolean closed) {
    }

    record MeetingResource(String id, String mechanism, String title, String hostCommitteeId, Instant start,
            Instant end, String startLocal, String endLocal, String venue, List<SlotResource> earlierSlots, List<String> invitedIds,
            List<String> attendedIds, List<ItemResource> agenda, String minutes, List<ResolutionResource> resolutions,
            String status, String cancelReason, long version) {
    }

    record NoteResource(String authorId, String text, LocalDate on) {
    }

    /** @param verifier who verifies the task today; on the answers about one task only, absent in lists */
    record TaskResource(String id, String meetingId, int resolution, String hostCommitteeId, String mechanism,
            String title, String assigneeId, List<String> coAssigneeIds, LocalDate createdOn, LocalDate dueOn,
            String status, boolean overdue, long daysLate, List<NoteResource> notes, LocalDate doneOn,
            LocalDate verifiedOn, String reopenReason, LocalDate asOf, long version,
            @JsonInclude(JsonInclude.Include.NON_NULL) VerifierResource verifier) {

        TaskResource withVerifier(Verifier who) {
            return new TaskResource(id, meetingId, resolution, hostCommitteeId, mechanism, title, assigneeId,
                    coAssigneeIds, createdOn, dueOn, status, overdue, daysLate, notes, doneOn, verifiedOn, reopenReason,
                    asOf, version, VerifierResource.of(who));
        }
    }

    /** LEAD (the operators of organizationId, LEAD of committeeId), DISTRICT_ADMIN, or AWAITING_LEAD (of committeeId). */
    record VerifierResource(String kind, String committeeId, String organizationId) {

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

    /** Start and end as the city reads them: Asia/Shanghai, with the offset. */
    private static String local(Instant instant) {
        return java.time.OffsetDateTime.ofInstant(instant, CITY_TIME).toString();
    }

    static MeetingResource of(MeetingView view) {
        var m = view.meeting();
        return new MeetingResource(m.id().toString(), m.mechanism().name(), m.title(), m.host().toString(),
                m.slot().start(), m.slot().end(), local(m.slot().start()), local(m.slot().end()), m.slot().venue(),
                m.earlierSlots().stream().map(s -> new SlotResource(s.start(), s.end(), s.venue())).toList(),
                m.invited().stream().map(Object::toString).sorted().toList(),
                m.attended().stream().map(Object::toString).sorted().toList(),
                m.agenda().stream().map(i -> new ItemResource(i.number(), i.raisedBy().toString(), i.problem(), i.link(),
                        i.carriedFrom() == null ? null : i.carriedFrom().toString(), i.carriedFromItem(), i.carriedOn()))
                        .toList(),
                m.minutes(), m.resolutions().stream().map(r -> new ResolutionResource(r.number(), r.agendaItem(), r.text(),
                        view.closedResolutions().contains(r.number())))
                        .toList(),
                m.status().name(), m.cancelReason(), m.version());
    }

    static TaskResource of(TaskView view) {
        var t = view.task();
        return new TaskResource(t.id().toString(), t.meeting().toString(), t.resolution(), t.hostCommittee().toString(),
                t.mechanism().name(), t.title(), t.assignee().toString(),
                t.coAssignees().stream().map(Object::toString).sorted().toList(), t.createdOn(), t.dueOn(),
                t.status().name(), view.overdue(), view.daysLate(),
                t.notes().stream().map(n -> new NoteResource(n.author().toString(), n.text(), n.on())).toList(),
                t.doneOn(), t.verifiedOn(), t.reopenReason(), view.asOf(), t.version(), null);
    }
}
