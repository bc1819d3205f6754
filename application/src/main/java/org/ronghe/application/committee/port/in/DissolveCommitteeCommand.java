package org.ronghe.application.committee.port.in;

import java.time.LocalDate;

import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.shared.Violations;

/** Dissolve a committee on a day; its current memberships end that day. */
public record DissolveCommitteeCommand(CommitteeId id, long expectedVersion, LocalDate on) {

    public DissolveCommitteeCommand {
        var violations = new Violations();
        if (id == null) { violations.add("id", "is required"); }
        if (expectedVersion < 1) { violations.add("If-Match", "must name a stored version (1 or more)"); }
        if (on == null) { violations.add("on", "is required"); }
        violations.throwIfAny();
    }
}
