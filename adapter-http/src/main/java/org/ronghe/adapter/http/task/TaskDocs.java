package org.ronghe.adapter.http.task;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ronghe.adapter.http.support.ApiDoc.Query;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ListFilters;
import org.ronghe.application.task.port.in.TaskQueries;
import org.ronghe.domain.task.TaskStatus;

/** What the OpenAPI document says of the routes of {@link TaskRoutes}: summaries, query parameters, bodies, answers. */
final class TaskDocs {

    static final ApiDocs DOCS = ApiDocs.of("tasks",
            "督办任务 · Follow-up tasks: resolutions turned into tasks, progress, done, verified or reopened; overdue tasks and closure",
            ApiDoc.post("/api/v1/tasks", "createTask", "turn a resolution into a follow-up task (the host LEAD)")
                    .takes(CreateTask.class)
                    .answers("created", Schema.of(TaskResources.TaskResource.class)),
            ApiDoc.get("/api/v1/tasks", "listTasks", "follow-up tasks, filtered")
                    .query(Query.uuid("hostCommitteeId").describedAs("only tasks of this committee"), Query.uuid("meetingId").describedAs("only tasks of this meeting"), Query.uuid("concerning").describedAs("only tasks this organization is assignee or co-assignee of"), Query.oneOf("status", TaskStatus.class).describedAs("only this status"), Query.bool("pending").describedAs("only tasks not verified yet"), Query.date("asOf").describedAs("the day overdue is judged on (default: today, Asia/Shanghai)"))
                    .query(ListFilters.documented("title", "assigned or co-assigned to one of"))
                    .query(Query.paging())
                    .answers("a page", Schema.page(TaskResources.TaskResource.class)),
            ApiDoc.get("/api/v1/tasks/{id}", "getTask", "one follow-up task")
                    .query(Query.date("asOf").describedAs("the day overdue is judged on (default: today, Asia/Shanghai)"))
                    .answers("found", Schema.of(TaskResources.TaskResource.class)),
            ApiDoc.post("/api/v1/tasks/{id}/progress", "noteTaskProgress", "note progress on a task (its assignees)")
                    .takes(NoteTaskProgress.class)
                    .answers("changed", Schema.of(TaskResources.TaskResource.class)),
            ApiDoc.post("/api/v1/tasks/{id}/done", "markTaskDone", "mark a task done (its assignees)")
                    .takes(MarkTaskDone.class)
                    .answers("changed", Schema.of(TaskResources.TaskResource.class)),
            ApiDoc.post("/api/v1/tasks/{id}/verify", "verifyTask", "verify a done task: the host committee's LEAD, never on a task it works on itself; then the LEAD of the committee above (up to the district ADMIN at the top). The answer names the verifier")
                    .takes(VerifyTask.class)
                    .answers("changed", Schema.of(TaskResources.TaskResource.class)),
            ApiDoc.post("/api/v1/tasks/{id}/reopen", "reopenTask", "reopen a done task with a reason: whoever verifies it")
                    .takes(ReopenTask.class)
                    .answers("changed", Schema.of(TaskResources.TaskResource.class)),
            ApiDoc.get("/api/v1/my-tasks", "myTasks", "the caller's organization's pending tasks")
                    .query(Query.date("asOf").describedAs("the day overdue is judged on (default: today, Asia/Shanghai)"))
                    .query(Query.paging())
                    .answers("a page", Schema.page(TaskResources.TaskResource.class)),
            ApiDoc.get("/api/v1/overdue-tasks", "overdueTasks", "tasks past their due day and not verified")
                    .query(Query.uuid("hostCommitteeId").describedAs("only tasks of this committee"), Query.date("asOf").describedAs("the day overdue is judged on (default: today, Asia/Shanghai)"))
                    .query(Query.paging())
                    .answers("a page", Schema.page(TaskResources.TaskResource.class)),
            ApiDoc.get("/api/v1/closure", "closure", "closure rate and median days to verify, per committee, mechanism and assignee")
                    .query(Query.date("asOf").describedAs("the day overdue is judged on (default: today, Asia/Shanghai)"))
                    .answers("a page", Schema.items(TaskQueries.Closure.class)))
            .with(ApiDoc.Component.of(TaskQueries.Closure.class, "dimension")
                            .oneOf("committee", "mechanism", "assignee")
                            .about("committee: key is the host committee id; mechanism: the mechanism; assignee: the "
                                    + "assignee organization id"),
                    ApiDoc.Component.of(TaskQueries.Closure.class, "medianDaysToVerify").nullable(),
                    ApiDoc.Component.of(TaskQueries.Closure.class, "overdue")
                            .about("tasks pending and past due on the day"));

    private TaskDocs() {
    }

    /** The body of {@code POST /api/v1/tasks}. */
    record CreateTask(UUID meetingId,
            Integer resolution,
            String title,
            UUID assigneeId,
            @ApiDoc.Optional List<UUID> coAssigneeIds,
            LocalDate dueOn,
            @ApiDoc.Optional LocalDate createdOn) {
    }

    /** The body of {@code POST /api/v1/tasks/{id}/progress}. */
    record NoteTaskProgress(String text,
            LocalDate on) {
    }

    /** The body of {@code POST /api/v1/tasks/{id}/done}. */
    record MarkTaskDone(LocalDate on) {
    }

    /** The body of {@code POST /api/v1/tasks/{id}/verify}. */
    record VerifyTask(LocalDate on) {
    }

    /** The body of {@code POST /api/v1/tasks/{id}/reopen}. */
    record ReopenTask(LocalDate on,
            String reason) {
    }
}
