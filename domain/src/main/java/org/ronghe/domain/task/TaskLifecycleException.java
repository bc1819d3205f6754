package org.ronghe.domain.task;

import org.ronghe.domain.shared.RuleViolationException;

/** A task goes OPEN, IN_PROGRESS, DONE, VERIFIED (closed), or REOPENED; each step in its place. */
public final class TaskLifecycleException extends RuleViolationException {

    public TaskLifecycleException(String message) {
        super("task-lifecycle", message);
    }
}
