package org.ronghe.application.access.port.in;

import org.ronghe.domain.access.Role;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Violations;

/** Issue a token for an organization's operators or readers. */
public record IssueTokenCommand(OrganizationId organizationId, Role role, String label) {

    public IssueTokenCommand {
        var violations = new Violations();
        if (organizationId == null) {
            violations.add("organizationId", "is required");
        }
        if (role == null) {
            violations.add("role", "is required");
        }
        violations.throwIfAny();
    }
}
