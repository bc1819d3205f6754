package org.ronghe.application.meeting.port.in;

import java.util.Set;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.meeting.Slot;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Violations;

/** Schedule a meeting of a mechanism, hosted by a committee, inviting organizations. */
public record ScheduleMeetingCommand(MeetingMechanism mechanism, String title, CommitteeId host, Slot slot,
        Set<OrganizationId> invited) {

    public ScheduleMeetingCommand {
        var violations = new Violations();
        CommandChecks.required(violations, "mechanism", mechanism, "hostCommitteeId", host);
        if (slot == null) {
            violations.add("start", "start, end and venue are required");
        }
        violations.throwIfAny();
        invited = invited == null ? Set.of() : Set.copyOf(invited);
    }
}
