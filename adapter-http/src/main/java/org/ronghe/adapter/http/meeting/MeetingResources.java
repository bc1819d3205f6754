package org.ronghe.adapter.http.meeting;

import java.time.Instant;
import java.util.List;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.application.meeting.port.in.MeetingView;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.meeting.MeetingStatus;

/** The JSON shapes of meetings. */
final class MeetingResources {

    /** The city's time zone; primary adapters do not reach the application's Clock port for it. */
    static final java.time.ZoneId CITY_TIME = java.time.ZoneId.of("Asia/Shanghai");

    private MeetingResources() {
    }

    record SlotResource(Instant start, Instant end, String venue) {
    }

    record ItemResource(int number, String raisedById, String problem, @ApiDoc.Nullable String link,
            @ApiDoc.Nullable String carriedFromMeetingId, @ApiDoc.Nullable Integer carriedFromItem,
            boolean carriedOn) {
    }

    record ResolutionResource(int number, int agendaItem, String text,
            @ApiDoc.About("it has tasks and all of them are verified") boolean closed) {
    }

    record MeetingResource(String id, @ApiDoc.Values(MeetingMechanism.class) String mechanism, String title,
            String hostCommitteeId, Instant start, Instant end, 
            @ApiDoc.About("start in Asia/Shanghai, ISO-8601 with offset") String startLocal,
            @ApiDoc.About("end in Asia/Shanghai, ISO-8601 with offset") String endLocal, String venue,
            List<SlotResource> earlierSlots, List<String> invitedIds, List<String> attendedIds,
            List<ItemResource> agenda, @ApiDoc.Nullable String minutes, List<ResolutionResource> resolutions,
            @ApiDoc.Values(MeetingStatus.class) String status, @ApiDoc.Nullable String cancelReason, long version) {
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

}
