package org.ronghe.application.committee.port.in;

import java.time.LocalDate;

import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Violations;

/** Give an organization a seat in a role, from a day on. */
public record AdmitMemberCommand(CommitteeId id, long expectedVersion, OrganizationId organizationId, MembershipRole role, LocalDate since) {

    public AdmitMemberCommand {
        var violations = new Violations();
        if (id == null) { violations.add("id", "is required"); }
        if (expectedVersion < 1) { violations.add("If-Match", "must name a stored version (1 or more)"); }
        if (organizationId == null) { violations.add("organizationId", "is required"); }
        if (role == null) { violations.add("role", "is required"); }
        if (since == null) { violations.add("since", "is required"); }
        violations.throwIfAny();
    }
}
