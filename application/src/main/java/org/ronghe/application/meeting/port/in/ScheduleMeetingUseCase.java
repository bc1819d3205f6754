package org.ronghe.application.meeting.port.in;

import org.ronghe.application.shared.port.Caller;

/** Schedule a meeting (the host committee's LEAD, or ADMIN). */
public interface ScheduleMeetingUseCase {

    MeetingView schedule(Caller caller, ScheduleMeetingCommand command);
}
