package org.ronghe.application.task.service;

import java.util.List;

import org.ronghe.application.audit.service.AuditDescriptions;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.task.TaskCreated;
import org.ronghe.domain.task.TaskDone;
import org.ronghe.domain.task.TaskProgressNoted;
import org.ronghe.domain.task.TaskReopened;
import org.ronghe.domain.task.TaskVerified;

/** What each follow-up task event changed, for the audit trail. */
public final class TaskAudit {

    private TaskAudit() {
    }

    public static AuditDescriptions descriptions() {
        return new AuditDescriptions()
                .on(TaskCreated.class, "task", TaskCreated::task, e -> List.of(new FieldChange("status", null, "OPEN"),
                        new FieldChange("assigneeId", null, e.assignee().toString()),
                        new FieldChange("dueOn", null, e.dueOn().toString())))
                .on(TaskProgressNoted.class, "task", TaskProgressNoted::task, e -> List.of(
                        new FieldChange("progress", null, "noted on " + e.on())))
                .on(TaskDone.class, "task", TaskDone::task, e -> List.of(
                        new FieldChange("status", e.previous().name(), "DONE")))
                .on(TaskVerified.class, "task", TaskVerified::task, e -> List.of(
                        new FieldChange("status", "DONE", "VERIFIED")))
                .on(TaskReopened.class, "task", TaskReopened::task, e -> List.of(
                        new FieldChange("status", e.previous().name(), "REOPENED"),
                        new FieldChange("reason", null, e.reason())));
    }
}
