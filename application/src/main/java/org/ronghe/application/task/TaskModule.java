package org.ronghe.application.task;

import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.service.Platform;
import org.ronghe.application.task.port.in.TaskCommands;
import org.ronghe.application.task.port.in.TaskQueries;
import org.ronghe.application.task.port.out.FollowUpTasks;
import org.ronghe.application.task.service.TaskAudit;
import org.ronghe.application.task.service.TaskQueryService;
import org.ronghe.application.task.service.TaskService;
import org.ronghe.domain.task.FollowUpTask;

/** Follow-up tasks: the work a resolution gives out, until the one who verifies closes the loop. */
public record TaskModule(TaskCommands commands, TaskQueries queries) {

    public static TaskModule on(FollowUpTasks tasks, Meetings meetings, Committees committees,
            Organizations organizations, Platform platform) {
        var writes = platform.writes("task", tasks, FollowUpTask::version, TaskAudit.descriptions());
        return new TaskModule(new TaskService(new TaskService.References(meetings, committees, organizations), writes),
                new TaskQueryService(tasks, committees, organizations, platform.clock()));
    }
}
