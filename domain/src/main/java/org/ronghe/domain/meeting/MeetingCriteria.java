package org.ronghe.domain.meeting;

import java.time.Instant;

import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationScope;
import org.ronghe.domain.shared.NameSearch;

/**
 * Which meetings a listing asks for; null fields do not filter. {@code from} inclusive, {@code until} exclusive,
 * on the start; {@code title}: a search of the title; {@code inviting}: an organization in the scope is invited.
 */
public record MeetingCriteria(CommitteeId host, MeetingMechanism mechanism, MeetingStatus status, Instant from,
        Instant until, NameSearch title, OrganizationScope inviting) {

    /** No search by title or scope. */
    public MeetingCriteria(CommitteeId host, MeetingMechanism mechanism, MeetingStatus status, Instant from,
            Instant until) {
        this(host, mechanism, status, from, until, null, null);
    }

    public static MeetingCriteria all() {
        return new MeetingCriteria(null, null, null, null, null);
    }

    public boolean matches(Meeting meeting) {
        var s = meeting.state();
        return (host == null || host.equals(s.host())) && (mechanism == null || mechanism == s.mechanism())
                && (status == null || status == s.status())
                && (from == null || !s.slot().start().isBefore(from))
                && (until == null || s.slot().start().isBefore(until))
                && (title == null || title.matches(s.title()))
                && (inviting == null || inviting.includesAny(s.invited()));
    }
}
