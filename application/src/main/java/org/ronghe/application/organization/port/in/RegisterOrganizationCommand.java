package org.ronghe.application.organization.port.in;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.organization.Jurisdiction;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.shared.Violations;

/**
 * Register an organization. {@code parentId} and {@code jurisdiction} are optional; whether a
 * parent is required depends on the kind and is checked against the model.
 */
public record RegisterOrganizationCommand(OrganizationKind kind, OrganizationName name, OrganizationId parentId,
        Jurisdiction jurisdiction) {

    public RegisterOrganizationCommand {
        CommandChecks.required(new Violations(), "kind", kind, "name", name).throwIfAny();
    }

    /** Parses text input, reporting every bad field at once. */
    public static RegisterOrganizationCommand parse(String kind, String name, String nameEn, String parentId,
            String jurisdiction) {
        var violations = new Violations();
        var parsedKind = violations.check(() -> OrganizationKind.parse(kind));
        var parsedName = violations.check(() -> OrganizationName.of(name, nameEn));
        var parsedParent = parentId == null ? null : violations.check(() -> OrganizationId.parse("parentId", parentId));
        var parsedJurisdiction = violations.check(() -> Jurisdiction.ofNullable(jurisdiction));
        violations.throwIfAny();
        return new RegisterOrganizationCommand(parsedKind, parsedName, parsedParent, parsedJurisdiction);
    }
}
