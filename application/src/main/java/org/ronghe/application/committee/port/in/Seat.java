package org.ronghe.application.committee.port.in;

import java.time.LocalDate;

import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;

/** Where an organization sits: in which committee, in which role, since when (and until when). */
public record Seat(CommitteeId committeeId, String committeeName, CommitteeTier tier, MembershipRole role,
        LocalDate since, LocalDate until) {
}
