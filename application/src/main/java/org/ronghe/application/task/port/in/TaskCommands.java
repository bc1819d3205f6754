package org.ronghe.application.task.port.in;

import org.ronghe.application.shared.port.Caller;

/**
 * Every write to follow-up tasks: the host committee's LEAD creates one from a resolution; its
 * assignees note progress and mark it done; the verifier verifies or reopens it.
 */
public interface TaskCommands {

    TaskView create(Caller caller, CreateTaskCommand command);

    TaskView change(Caller caller, TaskChange change);
}
