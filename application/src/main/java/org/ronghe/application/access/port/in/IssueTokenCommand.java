package org.ronghe.application.access.port.in;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Violations;

/** Issue a token for an organization's operators or readers. */
public record IssueTokenCommand(OrganizationId organizationId, Role role, String label) {

    public IssueTokenCommand {
        CommandChecks.required(new Violations(), "organizationId", organizationId, "role", role).throwIfAny();
    }

    /** From the text of a request or a form, every bad field reported at once. */
    public static IssueTokenCommand parse(String organizationId, String role, String label) {
        var violations = new Violations();
        var parsedOrganization = violations.check(() -> OrganizationId.parse("organizationId", organizationId));
        var parsedRole = violations.check(() -> Role.parse("role", role));
        violations.throwIfAny();
        return new IssueTokenCommand(parsedOrganization, parsedRole, label);
    }
}
