package org.ronghe.application.meeting.port.in;

import org.ronghe.application.shared.port.Caller;

/** Reschedule, cancel, raise items, hold, resolve, approve minutes. */
public interface ChangeMeetingUseCase {

    MeetingView change(Caller caller, MeetingChange change);
}
