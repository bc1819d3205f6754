package org.ronghe.application.organization.port.in;

import org.ronghe.domain.organization.OrganizationId;

/** Move an organization under another parent ({@code newParentId} null: to the top). */
public record MoveOrganizationCommand(OrganizationId id, long expectedVersion, OrganizationId newParentId) {

    public MoveOrganizationCommand {
        VersionedChange.check(id, expectedVersion);
    }
}
