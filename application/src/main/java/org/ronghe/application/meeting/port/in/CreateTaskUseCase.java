package org.ronghe.application.meeting.port.in;

import org.ronghe.application.shared.port.Caller;

/** Create a follow-up task from a resolution (the host committee's LEAD, or ADMIN). */
public interface CreateTaskUseCase {

    TaskView create(Caller caller, CreateTaskCommand command);
}
