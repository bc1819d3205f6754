package org.ronghe.domain.meeting;

import java.time.Instant;

import org.ronghe.domain.committee.CommitteeId;

/** Which meetings a listing asks for; null fields do not filter. {@code from} inclusive, {@code until} exclusive, on the start. */
public record MeetingCriteria(CommitteeId host, MeetingMechanism mechanism, MeetingStatus status, Instant from,
        Instant until) {

    public static MeetingCriteria all() {
        return new MeetingCriteria(null, null, null, null, null);
    }

    public boolean matches(Meeting meeting) {
        var s = meeting.state();
        return (host == null || host.equals(s.host())) && (mechanism == null || mechanism == s.mechanism())
                && (status == null || status == s.status())
                && (from == null || !s.slot().start().isBefore(from))
                && (until == null || s.slot().start().isBefore(until));
    }
}
