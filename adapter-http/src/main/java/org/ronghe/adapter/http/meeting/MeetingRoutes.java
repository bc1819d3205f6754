package org.ronghe.adapter.http.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.javalin.http.Context;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Callers;
import org.ronghe.adapter.http.support.ChangeRequests;
import org.ronghe.adapter.http.support.Dates;
import org.ronghe.adapter.http.support.JsonBody;
import org.ronghe.adapter.http.support.ListFilters;
import org.ronghe.adapter.http.support.OrganizationIds;
import org.ronghe.adapter.http.support.PageResource;
import org.ronghe.adapter.http.support.PathIds;
import org.ronghe.adapter.http.support.QueryParameters;
import org.ronghe.adapter.http.support.RawBody;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.meeting.MeetingModule;
import org.ronghe.application.meeting.port.in.MeetingChange;
import org.ronghe.application.meeting.port.in.MeetingView;
import org.ronghe.application.meeting.port.in.ScheduleMeetingCommand;
import org.ronghe.application.organization.port.in.OrganizationQueries;
import org.ronghe.application.shared.port.Page;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.meeting.MeetingStatus;
import org.ronghe.domain.meeting.Slot;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Enums;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Violations;

/**
 * {@code /api/v1/meetings}, {@code /api/v1/tasks} and the closed-loop views. Operators may call the
 * writing routes; the application decides (host committee's LEAD convenes and verifies, members
 * raise items, assignees work on their tasks).
 */
public record MeetingRoutes(MeetingModule meetings, OrganizationQueries organizations) implements RouteGroup {

    private static final String MEETINGS = "/api/v1/meetings";

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.create(MEETINGS, this::schedule, ApiRole.WRITERS),
                ApiRoute.read(MEETINGS, this::listMeetings),
                ApiRoute.read(MEETINGS + "/{id}", ctx -> meeting(meetings.queries().meeting(meetingId(ctx)))),
                ApiRoute.command(MEETINGS + "/{id}/reschedule", ctx -> changeMeeting(ctx, (id, v, b) ->
                        new MeetingChange.Reschedule(id, v, slot(b), b.text("reason")), "start", "end", "venue", "reason"),
                        ApiRole.WRITERS),
                ApiRoute.command(MEETINGS + "/{id}/cancel", ctx -> changeMeeting(ctx, (id, v, b) ->
                        new MeetingChange.Cancel(id, v, b.text("reason")), "reason"), ApiRole.WRITERS),
                ApiRoute.command(MEETINGS + "/{id}/agenda", ctx -> changeMeeting(ctx, MeetingRoutes::agendaItem,
                        "problem", "link", "raisedById", "carriedFromMeetingId", "carriedFromVersion", "carriedFromItem"),
                        ApiRole.WRITERS),
                ApiRoute.command(MEETINGS + "/{id}/hold", ctx -> changeMeeting(ctx, (id, v, b) ->
                        new MeetingChange.Hold(id, v, organizations(b.texts("attendedIds"), "attendedIds"),
                                b.text("minutes")), "attendedIds", "minutes"), ApiRole.WRITERS),
                ApiRoute.command(MEETINGS + "/{id}/resolutions", ctx -> changeMeeting(ctx, (id, v, b) -> {
                    Integer item = b.integer("agendaItem");
                    if (item == null) {
                        throw new InvalidValueException("agendaItem", "is required");
                    }
                    return new MeetingChange.Resolve(id, v, item, b.text("text"));
                }, "agendaItem", "text"), ApiRole.WRITERS),
                ApiRoute.command(MEETINGS + "/{id}/approve-minutes", ctx -> changeMeeting(ctx, (id, v, b) ->
                        new MeetingChange.ApproveMinutes(id, v)), ApiRole.WRITERS),
                ApiRoute.read("/api/v1/meetings.ics", this::calendar),
                ApiRoute.read("/api/v1/meeting-counts", ctx -> Reply.ok(Map.of("items",
                        meetings.queries().meetingsPerMechanism().stream().map(c -> Map.of("mechanism", c.mechanism().name(),
                                "month", c.month(), "meetings", c.meetings())).toList()))));
    }

    @Override
    public ApiDocs docs() {
        return MeetingDocs.DOCS;
    }

    /** A new item, or (with {@code carriedFromMeetingId}) an item carried on from an earlier meeting. */
    private static MeetingChange agendaItem(MeetingId id, long version, JsonBody body) {
        String raisedBy = body.text("raisedById");
        String from = body.text("carriedFromMeetingId");
        Integer fromVersion = body.integer("carriedFromVersion");
        Integer fromItem = body.integer("carriedFromItem");
        body.requireWellTyped();
        if (from == null) {
            if (fromVersion != null || fromItem != null) {
                throw new InvalidValueException("carriedFromMeetingId",
                        "is required with carriedFromVersion and carriedFromItem");
            }
            return new MeetingChange.RaiseItem(id, version,
                    raisedBy == null ? null : OrganizationId.parse("raisedById", raisedBy), body.text("problem"),
                    body.text("link"));
        }
        var violations = new Violations();
        if (raisedBy != null) {
            violations.add("raisedById", "is not taken with carriedFromMeetingId: a carried item keeps the "
                    + "organization that raised it");
        }
        var parsedFrom = violations.check(() -> MeetingId.parse("carriedFromMeetingId", from));
        if (fromVersion == null) {
            violations.add("carriedFromVersion", "is required: the version (ETag) of the earlier meeting that was read");
        }
        if (fromItem == null) {
            violations.add("carriedFromItem", "is required: the number of the earlier meeting's agenda item");
        }
        violations.throwIfAny();
        return new MeetingChange.CarryOver(id, version, parsedFrom, fromVersion, fromItem, body.text("problem"),
                body.text("link"));
    }

    private Reply schedule(Context ctx) {
        var body = JsonBody.of(ctx, "mechanism", "title", "hostCommitteeId", "start", "end", "venue", "invitedIds");
        String mechanism = body.text("mechanism");
        String title = body.text("title");
        String host = body.text("hostCommitteeId");
        List<String> invited = body.texts("invitedIds");
        var violations = new Violations();
        Slot slot = violations.check(() -> slot(body));
        body.requireWellTyped();
        var parsedMechanism = violations.check(() -> Enums.parse(MeetingMechanism.class, "mechanism", mechanism));
        var parsedHost = violations.check(() -> CommitteeId.parse("hostCommitteeId", host));
        var parsedInvited = violations.check(() -> organizations(invited, "invitedIds"));
        violations.throwIfAny();
        var meeting = meetings.commands().schedule(Callers.of(ctx), new ScheduleMeetingCommand(parsedMechanism, title,
                parsedHost, slot, parsedInvited));
        return Reply.created(MEETINGS + "/" + meeting.meeting().id(), MeetingResources.of(meeting))
                .tagged(meeting.meeting().version());
    }

    private static Slot slot(JsonBody body) {
        return new Slot(instant("start", body.text("start")), instant("end", body.text("end")), body.text("venue"));
    }

    private static Instant instant(String field, String text) {
        if (text == null) {
            throw new InvalidValueException(field, "is required");
        }
        return Dates.instant(field, text);
    }

    private static Set<OrganizationId> organizations(List<String> ids, String field) {
        return OrganizationIds.parse(field, ids);
    }

    /** The criteria the parameters name, made once they are found valid (a town is looked up then). */
    private java.util.function.Supplier<MeetingCriteria> meetingCriteria(QueryParameters parameters) {
        var host = parameters.optional("hostCommitteeId", text -> CommitteeId.parse("hostCommitteeId", text));
        var mechanism = parameters.optional("mechanism", text -> Enums.parse(MeetingMechanism.class, "mechanism", text));
        var status = parameters.optional("status", text -> Enums.parse(MeetingStatus.class, "status", text));
        var from = parameters.optional("from", text -> instant("from", text));
        var until = parameters.optional("until", text -> instant("until", text));
        var q = ListFilters.q(parameters);
        var town = ListFilters.townId(parameters);
        return () -> new MeetingCriteria(host, mechanism, status, from, until, q, ListFilters.scope(organizations, town));
    }

    private Reply listMeetings(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var criteria = meetingCriteria(parameters);
        var page = parameters.page();
        parameters.requireValid();
        return Reply.ok(PageResource.of(meetings.queries().meetings(criteria.get(), page).map(MeetingResources::of)));
    }

    private Reply calendar(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var criteria = meetingCriteria(parameters);
        parameters.requireValid();
        var chosen = criteria.get();
        List<MeetingView> all = Page.every(page -> meetings.queries().meetings(chosen, page));
        return Reply.ok(new RawBody("text/calendar; charset=utf-8",
                Calendar.of(all, Instant.now()).getBytes(StandardCharsets.UTF_8)));
    }

    private Reply changeMeeting(Context ctx, ChangeRequests.Reader<MeetingId, MeetingChange> reader,
            String... fields) {
        return meeting(meetings.commands().change(Callers.of(ctx), ChangeRequests.readOptionalBody(ctx,
                MeetingRoutes::meetingId, reader, fields)));
    }

    private static MeetingId meetingId(Context ctx) {
        return PathIds.parse(ctx, "meeting", text -> MeetingId.parse("id", text));
    }

    private static Reply meeting(MeetingView view) {
        return Reply.ok(MeetingResources.of(view)).tagged(view.meeting().version());
    }

}
