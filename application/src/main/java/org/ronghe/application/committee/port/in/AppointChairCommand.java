package org.ronghe.application.committee.port.in;

import java.time.LocalDate;

import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.shared.Violations;

/** Appoint (or replace) the chair: a name and a position. */
public record AppointChairCommand(CommitteeId id, long expectedVersion, Chair chair, LocalDate on) {

    public AppointChairCommand {
        var violations = new Violations();
        if (id == null) { violations.add("id", "is required"); }
        if (expectedVersion < 1) { violations.add("If-Match", "must name a stored version (1 or more)"); }
        if (chair == null) { violations.add("chair", "is required"); }
        if (on == null) { violations.add("on", "is required"); }
        violations.throwIfAny();
    }
}
