package org.ronghe.adapter.http.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ronghe.adapter.http.support.ApiDoc.Query;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ListFilters;
import org.ronghe.application.meeting.port.in.MeetingQueries;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.meeting.MeetingStatus;

/** What the OpenAPI document says of the routes of {@link MeetingRoutes}: summaries, query parameters, bodies, answers. */
final class MeetingDocs {

    static final ApiDocs DOCS = ApiDocs.of("meetings",
            "会议 · Meetings of the committees: schedule, agenda, hold, resolutions, minutes; the iCalendar feed and the counts held",
            ApiDoc.post("/api/v1/meetings", "scheduleMeeting", "schedule a meeting of a committee (its LEAD)")
                    .takes(ScheduleMeeting.class)
                    .answers("created", Schema.of(MeetingResources.MeetingResource.class)),
            ApiDoc.get("/api/v1/meetings", "listMeetings", "meetings, filtered")
                    .query(Query.uuid("hostCommitteeId").describedAs("only meetings of this committee"), Query.oneOf("mechanism", MeetingMechanism.class).describedAs("only this mechanism"), Query.oneOf("status", MeetingStatus.class).describedAs("only this status"), Query.dateTime("from").describedAs("only meetings starting at or after"), Query.dateTime("until").describedAs("only meetings starting before"))
                    .query(ListFilters.documented("title", "inviting one of"))
                    .query(Query.paging())
                    .answers("a page", Schema.page(MeetingResources.MeetingResource.class)),
            ApiDoc.get("/api/v1/meetings/{id}", "getMeeting", "one meeting")
                    .answers("found", Schema.of(MeetingResources.MeetingResource.class)),
            ApiDoc.post("/api/v1/meetings/{id}/reschedule", "rescheduleMeeting", "move a scheduled meeting; the earlier slot is kept")
                    .takes(RescheduleMeeting.class)
                    .answers("changed", Schema.of(MeetingResources.MeetingResource.class)),
            ApiDoc.post("/api/v1/meetings/{id}/cancel", "cancelMeeting", "cancel a scheduled meeting")
                    .takes(CancelMeeting.class)
                    .answers("changed", Schema.of(MeetingResources.MeetingResource.class)),
            ApiDoc.post("/api/v1/meetings/{id}/agenda", "raiseAgendaItem", "raise a problem on the agenda (members of the host committee, in their own name), or carry one on from an earlier meeting of the same committee (its LEAD)")
                    .description("Without carriedFromMeetingId: a new item, raised in the caller's organization's name; only an ADMIN names another member in raisedById. With carriedFromMeetingId, carriedFromVersion (the ETag number of the earlier meeting that was read) and carriedFromItem: the item is carried on from an earlier, held or cancelled meeting of the same committee; it keeps the organization that raised it, and the earlier meeting is marked (its version goes up, with its own audit entry). 412 when either meeting changed since it was read.")
                    .takes(RaiseAgendaItem.class)
                    .answers("changed", Schema.of(MeetingResources.MeetingResource.class)),
            ApiDoc.post("/api/v1/meetings/{id}/hold", "holdMeeting", "record that the meeting was held: attendance and minutes")
                    .takes(HoldMeeting.class)
                    .answers("changed", Schema.of(MeetingResources.MeetingResource.class)),
            ApiDoc.post("/api/v1/meetings/{id}/resolutions", "adoptResolution", "adopt a resolution on an agenda item")
                    .takes(AdoptResolution.class)
                    .answers("changed", Schema.of(MeetingResources.MeetingResource.class)),
            ApiDoc.post("/api/v1/meetings/{id}/approve-minutes", "approveMinutes", "approve the minutes of a held meeting")
                    .takes(ApproveMinutes.class)
                    .answers("changed", Schema.of(MeetingResources.MeetingResource.class)),
            ApiDoc.get("/api/v1/meetings.ics", "meetingCalendar", "meetings as an iCalendar feed (RFC 5545)")
                    .query(Query.uuid("hostCommitteeId").describedAs("only meetings of this committee"), Query.oneOf("mechanism", MeetingMechanism.class).describedAs("only this mechanism"), Query.oneOf("status", MeetingStatus.class).describedAs("only this status"), Query.dateTime("from").describedAs("only meetings starting at or after"), Query.dateTime("until").describedAs("only meetings starting before"))
                    .query(ListFilters.documented("title", "inviting one of"))
                    .answersText("a page", "text/calendar"),
            ApiDoc.get("/api/v1/meeting-counts", "meetingCounts", "meetings held (HELD or MINUTES_APPROVED, not those still scheduled or cancelled) per mechanism and month")
                    .answers("a page", Schema.items(MeetingQueries.MeetingCount.class)));

    private MeetingDocs() {
    }

    /** The body of {@code POST /api/v1/meetings}. */
    record ScheduleMeeting(MeetingMechanism mechanism,
            String title,
            UUID hostCommitteeId,
            Instant start,
            Instant end,
            String venue,
            @ApiDoc.Optional List<UUID> invitedIds) {
    }

    /** The body of {@code POST /api/v1/meetings/{id}/reschedule}. */
    record RescheduleMeeting(Instant start,
            Instant end,
            String venue,
            String reason) {
    }

    /** The body of {@code POST /api/v1/meetings/{id}/cancel}. */
    record CancelMeeting(String reason) {
    }

    /** The body of {@code POST /api/v1/meetings/{id}/agenda}. */
    record RaiseAgendaItem(@ApiDoc.Optional String problem,
            @ApiDoc.Optional @ApiDoc.About("project:<id>, area:<id>, committee:<id>, or short-board:<id> (a problem the city cases raised)") String link,
            @ApiDoc.Optional UUID raisedById,
            @ApiDoc.Optional UUID carriedFromMeetingId,
            @ApiDoc.Optional @ApiDoc.Minimum(1) Long carriedFromVersion,
            @ApiDoc.Optional Integer carriedFromItem) {
    }

    /** The body of {@code POST /api/v1/meetings/{id}/hold}. */
    record HoldMeeting(List<UUID> attendedIds,
            String minutes) {
    }

    /** The body of {@code POST /api/v1/meetings/{id}/resolutions}. */
    record AdoptResolution(Integer agendaItem,
            String text) {
    }

    /** The body of {@code POST /api/v1/meetings/{id}/approve-minutes}. */
    record ApproveMinutes() {
    }
}
