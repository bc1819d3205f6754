package org.ronghe.adapter.http.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Callers;
import org.ronghe.adapter.http.support.Dates;
import org.ronghe.adapter.http.support.JsonBody;
import org.ronghe.adapter.http.support.OrganizationIds;
import org.ronghe.adapter.http.support.PageResource;
import org.ronghe.adapter.http.support.PathIds;
import org.ronghe.adapter.http.support.Preconditions;
import org.ronghe.adapter.http.support.QueryParameters;
import org.ronghe.adapter.http.support.RawBody;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.meeting.port.in.ChangeMeetingUseCase;
import org.ronghe.application.meeting.port.in.ChangeTaskUseCase;
import org.ronghe.application.meeting.port.in.CreateTaskCommand;
import org.ronghe.application.meeting.port.in.CreateTaskUseCase;
import org.ronghe.application.meeting.port.in.MeetingChange;
import org.ronghe.application.meeting.port.in.MeetingQueries;
import org.ronghe.application.meeting.port.in.MeetingView;
import org.ronghe.application.meeting.port.in.ScheduleMeetingCommand;
import org.ronghe.application.meeting.port.in.ScheduleMeetingUseCase;
import org.ronghe.application.meeting.port.in.TaskChange;
import org.ronghe.application.meeting.port.in.TaskView;
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
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskId;
import org.ronghe.domain.task.TaskStatus;

import io.javalin.http.Context;

/**
 * {@code /api/v1/meetings}, {@code /api/v1/tasks} and the closed-loop views. Operators may call the
 * writing routes; the application decides (host committee's LEAD convenes and verifies, members
 * raise items, assignees work on their tasks).
 */
public final class MeetingRoutes implements RouteGroup {

    private static final String MEETINGS = "/api/v1/meetings";
    private static final String TASKS = "/api/v1/tasks";

    /** The primary ports these routes call. */
    public record UseCases(ScheduleMeetingUseCase schedule, ChangeMeetingUseCase changeMeeting, CreateTaskUseCase createTask,
            ChangeTaskUseCase changeTask, MeetingQueries queries) {
    }

    private final UseCases useCases;

    public MeetingRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.create(MEETINGS, this::schedule, ApiRole.WRITERS),
                ApiRoute.read(MEETINGS, this::listMeetings),
                ApiRoute.read(MEETINGS + "/{id}", ctx -> meeting(useCases.queries().meeting(meetingId(ctx)))),
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
                ApiRoute.create(TASKS, this::createTask, ApiRole.WRITERS),
                ApiRoute.read(TASKS, this::listTasks),
                ApiRoute.read(TASKS + "/{id}", ctx -> {
                    var id = taskId(ctx);
                    return taskWithVerifier(useCases.queries().task(id, QueryParameters.asOf(ctx)));
                }),
                ApiRoute.command(TASKS + "/{id}/progress", ctx -> changeTask(ctx, (id, v, b) ->
                        new TaskChange.NoteProgress(id, v, b.date("on"), b.text("text")), "text", "on"), ApiRole.WRITERS),
                ApiRoute.command(TASKS + "/{id}/done", ctx -> changeTask(ctx, (id, v, b) ->
                        new TaskChange.MarkDone(id, v, b.date("on")), "on"), ApiRole.WRITERS),
                ApiRoute.command(TASKS + "/{id}/verify", ctx -> changeTask(ctx, (id, v, b) ->
                        new TaskChange.Verify(id, v, b.date("on")), "on"), ApiRole.WRITERS),
                ApiRoute.command(TASKS + "/{id}/reopen", ctx -> changeTask(ctx, (id, v, b) ->
                        new TaskChange.Reopen(id, v, b.date("on"), b.text("reason")), "on", "reason"), ApiRole.WRITERS),
                ApiRoute.read("/api/v1/my-tasks", this::myTasks),
                ApiRoute.read("/api/v1/overdue-tasks", this::overdueTasks),
                ApiRoute.read("/api/v1/closure", ctx -> Reply.ok(Map.of("items",
                        useCases.queries().closure(QueryParameters.asOf(ctx))))),
                ApiRoute.read("/api/v1/meeting-counts", ctx -> Reply.ok(Map.of("items",
                        useCases.queries().meetingsPerMechanism().stream().map(c -> Map.of("mechanism", c.mechanism().name(),
                                "month", c.month(), "meetings", c.meetings())).toList()))));
    }

    @FunctionalInterface
    private interface Reader<I, C> {
        C read(I id, long version, JsonBody body);
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
        var meeting = useCases.schedule().schedule(Callers.of(ctx), new ScheduleMeetingCommand(parsedMechanism, title,
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
        var violations = new Violations();
        var parsed = OrganizationIds.parse(field, ids, violations);
        violations.throwIfAny();
        return parsed;
    }

    private MeetingCriteria meetingCriteria(QueryParameters parameters) {
        var host = parameters.optional("hostCommitteeId", text -> CommitteeId.parse("hostCommitteeId", text));
        var mechanism = parameters.optional("mechanism", text -> Enums.parse(MeetingMechanism.class, "mechanism", text));
        var status = parameters.optional("status", text -> Enums.parse(MeetingStatus.class, "status", text));
        var from = parameters.optional("from", text -> instant("from", text));
        var until = parameters.optional("until", text -> instant("until", text));
        return new MeetingCriteria(host, mechanism, status, from, until);
    }

    private Reply listMeetings(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var criteria = meetingCriteria(parameters);
        var page = parameters.page();
        parameters.requireValid();
        return Reply.ok(PageResource.of(useCases.queries().meetings(criteria, page).map(MeetingResources::of)));
    }

    private Reply calendar(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var criteria = meetingCriteria(parameters);
        parameters.requireValid();
        List<MeetingView> all = Page.every(page -> useCases.queries().meetings(criteria, page));
        return Reply.ok(new RawBody("text/calendar; charset=utf-8",
                Calendar.of(all, Instant.now()).getBytes(StandardCharsets.UTF_8)));
    }

    private Reply changeMeeting(Context ctx, Reader<MeetingId, MeetingChange> reader, String... fields) {
        var id = meetingId(ctx);
        long version = Preconditions.expectedVersion(ctx);
        var body = JsonBody.optional(ctx, fields);
        var change = reader.read(id, version, body);
        body.requireWellTyped();
        return meeting(useCases.changeMeeting().change(Callers.of(ctx), change));
    }

    private Reply createTask(Context ctx) {
        var body = JsonBody.of(ctx, "meetingId", "resolution", "title", "assigneeId", "coAssigneeIds", "dueOn",
                "createdOn");
        String meeting = body.text("meetingId");
        Integer resolution = body.integer("resolution");
        String title = body.text("title");
        String assignee = body.text("assigneeId");
        List<String> co = body.texts("coAssigneeIds");
        LocalDate dueOn = body.date("dueOn");
        LocalDate createdOn = body.date("createdOn");
        body.requireWellTyped();
        var violations = new Violations();
        var parsedMeeting = violations.check(() -> MeetingId.parse("meetingId", meeting));
        var parsedAssignee = violations.check(() -> OrganizationId.parse("assigneeId", assignee));
        var parsedCo = violations.check(() -> organizations(co, "coAssigneeIds"));
        if (resolution == null) {
            violations.add("resolution", "is required: the number of the resolution");
        }
        violations.throwIfAny();
        var task = useCases.createTask().create(Callers.of(ctx), new CreateTaskCommand(parsedMeeting, resolution, title,
                parsedAssignee, parsedCo, dueOn, createdOn));
        return Reply.created(TASKS + "/" + task.task().id(), MeetingResources.of(task)).tagged(task.task().version());
    }

    private Reply listTasks(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var host = parameters.optional("hostCommitteeId", text -> CommitteeId.parse("hostCommitteeId", text));
        var meeting = parameters.optional("meetingId", text -> MeetingId.parse("meetingId", text));
        var concerning = parameters.optional("concerning", text -> OrganizationId.parse("concerning", text));
        var status = parameters.optional("status", text -> Enums.parse(TaskStatus.class, "status", text));
        boolean pending = parameters.flag("pending");
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        var page = parameters.page();
        parameters.requireValid();
        var criteria = new TaskCriteria(host, meeting, concerning, status, pending, null);
        return Reply.ok(PageResource.of(useCases.queries().tasks(criteria, asOf, page).map(MeetingResources::of)));
    }

    private Reply myTasks(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        var page = parameters.page();
        parameters.requireValid();
        var organization = Callers.of(ctx).actor().organization();
        if (organization == null) {
            throw new InvalidValueException("Authorization", "this token is bound to no organization");
        }
        var criteria = new TaskCriteria(null, null, organization, null, true, null);
        return Reply.ok(PageResource.of(useCases.queries().tasks(criteria, asOf, page).map(MeetingResources::of)));
    }

    private Reply overdueTasks(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var host = parameters.optional("hostCommitteeId", text -> CommitteeId.parse("hostCommitteeId", text));
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        var page = parameters.page();
        parameters.requireValid();
        return Reply.ok(PageResource.of(useCases.queries().overdueTasks(host, asOf, page).map(MeetingResources::of)));
    }

    private Reply changeTask(Context ctx, Reader<TaskId, TaskChange> reader, String... fields) {
        var id = taskId(ctx);
        long version = Preconditions.expectedVersion(ctx);
        var body = JsonBody.of(ctx, fields);
        var change = reader.read(id, version, body);
        body.requireWellTyped();
        return taskWithVerifier(useCases.changeTask().change(Callers.of(ctx), change));
    }

    private static MeetingId meetingId(Context ctx) {
        return PathIds.parse(ctx, "meeting", text -> MeetingId.parse("id", text));
    }

    private static TaskId taskId(Context ctx) {
        return PathIds.parse(ctx, "task", text -> TaskId.parse("id", text));
    }

    private static Reply meeting(MeetingView view) {
        return Reply.ok(MeetingResources.of(view)).tagged(view.meeting().version());
    }

    /** One task, with who verifies it today. */
    private Reply taskWithVerifier(TaskView view) {
        return Reply.ok(MeetingResources.of(view).withVerifier(useCases.queries().verifier(view.task().id())))
                .tagged(view.task().version());
    }
}
