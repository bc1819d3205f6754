package org.ronghe.adapter.http.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.organization.port.in.OrganizationQueries;
import org.ronghe.application.task.TaskModule;
import org.ronghe.application.task.port.in.CreateTaskCommand;
import org.ronghe.application.task.port.in.TaskChange;
import org.ronghe.application.task.port.in.TaskView;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Enums;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Violations;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskId;
import org.ronghe.domain.task.TaskStatus;

/**
 * {@code /api/v1/tasks} and the closed-loop views {@code /api/v1/my-tasks}, {@code /api/v1/overdue-tasks},
 * {@code /api/v1/closure}. The host committee's LEAD creates tasks from resolutions; assignees work on
 * them; the verifier closes or reopens them.
 */
public record TaskRoutes(TaskModule tasks, OrganizationQueries organizations) implements RouteGroup {

    private static final String TASKS = "/api/v1/tasks";

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.create(TASKS, this::createTask, ApiRole.WRITERS),
                ApiRoute.read(TASKS, this::listTasks),
                ApiRoute.read(TASKS + "/{id}", ctx -> {
                    var id = taskId(ctx);
                    return taskWithVerifier(tasks.queries().task(id, QueryParameters.asOf(ctx)));
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
                        tasks.queries().closure(QueryParameters.asOf(ctx))))));
    }

    @Override
    public ApiDocs docs() {
        return TaskDocs.DOCS;
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
        var parsedCo = violations.check(() -> OrganizationIds.parse("coAssigneeIds", co));
        if (resolution == null) {
            violations.add("resolution", "is required: the number of the resolution");
        }
        violations.throwIfAny();
        var task = tasks.commands().create(Callers.of(ctx), new CreateTaskCommand(parsedMeeting, resolution, title,
                parsedAssignee, parsedCo, dueOn, createdOn));
        return Reply.created(TASKS + "/" + task.task().id(), TaskResources.of(task)).tagged(task.task().version());
    }

    private Reply listTasks(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var host = parameters.optional("hostCommitteeId", text -> CommitteeId.parse("hostCommitteeId", text));
        var meeting = parameters.optional("meetingId", text -> MeetingId.parse("meetingId", text));
        var concerning = parameters.optional("concerning", text -> OrganizationId.parse("concerning", text));
        var status = parameters.optional("status", text -> Enums.parse(TaskStatus.class, "status", text));
        boolean pending = parameters.flag("pending");
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        var q = ListFilters.q(parameters);
        var town = ListFilters.townId(parameters);
        var page = parameters.page();
        parameters.requireValid();
        var criteria = new TaskCriteria(host, meeting, concerning, status, pending, null, q,
                ListFilters.scope(organizations, town));
        return Reply.ok(PageResource.of(tasks.queries().tasks(criteria, asOf, page).map(TaskResources::of)));
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
        return Reply.ok(PageResource.of(tasks.queries().tasks(criteria, asOf, page).map(TaskResources::of)));
    }

    private Reply overdueTasks(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var host = parameters.optional("hostCommitteeId", text -> CommitteeId.parse("hostCommitteeId", text));
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        var page = parameters.page();
        parameters.requireValid();
        return Reply.ok(PageResource.of(tasks.queries().overdueTasks(host, asOf, page).map(TaskResources::of)));
    }

    private Reply changeTask(Context ctx, ChangeRequests.Reader<TaskId, TaskChange> reader, String... fields) {
        return taskWithVerifier(tasks.commands().change(Callers.of(ctx), ChangeRequests.read(ctx, TaskRoutes::taskId,
                reader, fields)));
    }

    private static TaskId taskId(Context ctx) {
        return PathIds.parse(ctx, "task", text -> TaskId.parse("id", text));
    }

    /** One task, with who verifies it today. */
    private Reply taskWithVerifier(TaskView view) {
        return Reply.ok(TaskResources.of(view).withVerifier(tasks.queries().verifier(view.task().id())))
                .tagged(view.task().version());
    }
}
