package org.ronghe.application.committee.port.in;

import java.time.LocalDate;

import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Violations;

/** End a membership on a day; it stays on record. */
public record EndMembershipCommand(CommitteeId id, long expectedVersion, OrganizationId organizationId, LocalDate until) {

    public EndMembershipCommand {
        var violations = new Violations();
        if (id == null) { violations.add("id", "is required"); }
        if (expectedVersion < 1) { violations.add("If-Match", "must name a stored version (1 or more)"); }
        if (organizationId == null) { violations.add("organizationId", "is required"); }
        if (until == null) { violations.add("until", "is required"); }
        violations.throwIfAny();
    }
}
