package org.ronghe.application.committee.port.in;

import java.time.LocalDate;

import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Violations;

/** Change a member's role from a day on. */
public record ChangeMemberRoleCommand(CommitteeId id, long expectedVersion, OrganizationId organizationId, MembershipRole role, LocalDate on) {

    public ChangeMemberRoleCommand {
        var violations = new Violations();
        if (id == null) { violations.add("id", "is required"); }
        if (expectedVersion < 1) { violations.add("If-Match", "must name a stored version (1 or more)"); }
        if (organizationId == null) { violations.add("organizationId", "is required"); }
        if (role == null) { violations.add("role", "is required"); }
        if (on == null) { violations.add("on", "is required"); }
        violations.throwIfAny();
    }
}
