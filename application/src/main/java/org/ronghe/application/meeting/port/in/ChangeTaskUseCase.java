package org.ronghe.application.meeting.port.in;

import org.ronghe.application.shared.port.Caller;

/** Assignees note progress and mark done; the host committee's LEAD verifies or reopens (rule 7). */
public interface ChangeTaskUseCase {

    TaskView change(Caller caller, TaskChange change);
}
