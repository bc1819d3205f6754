package org.ronghe.application.organization.port.in;

import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.shared.InvalidValueException;

/** Rename an organization, based on the version the caller read. */
public record RenameOrganizationCommand(OrganizationId id, long expectedVersion, OrganizationName newName) {

    public RenameOrganizationCommand {
        VersionedChange.check(id, expectedVersion);
        if (newName == null) {
            throw new InvalidValueException("name", "is required");
        }
    }
}
