package org.ronghe.application.meeting.port.in;

import org.ronghe.application.shared.port.Caller;

/**
 * Every write to meetings: the host committee's LEAD schedules, reschedules, cancels, holds, resolves
 * and approves minutes; members raise problems on the agenda.
 */
public interface MeetingCommands {

    MeetingView schedule(Caller caller, ScheduleMeetingCommand command);

    MeetingView change(Caller caller, MeetingChange change);
}
