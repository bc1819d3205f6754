package org.ronghe.application.organization.port.in;

import org.ronghe.domain.organization.OrganizationId;

/** Retire an organization, based on the version the caller read. */
public record RetireOrganizationCommand(OrganizationId id, long expectedVersion) {

    public RetireOrganizationCommand {
        VersionedChange.check(id, expectedVersion);
    }
}
