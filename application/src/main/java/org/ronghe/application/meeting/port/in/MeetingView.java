package org.ronghe.application.meeting.port.in;

import org.ronghe.domain.meeting.Meeting;

/** A meeting as callers see it. */
public record MeetingView(Meeting.State meeting) {

    public static MeetingView of(Meeting meeting) {
        return new MeetingView(meeting.state());
    }
}
