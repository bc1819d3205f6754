package org.ronghe.application.organization.port.in;

import java.time.Instant;

import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationStatus;

/** What callers see of an organization: a read-only copy, with the version to base changes on. */
public record OrganizationView(OrganizationId id, OrganizationKind kind, String name, String nameEn,
        OrganizationId parentId, String jurisdiction, OrganizationStatus status, Instant registeredAt,
        Instant retiredAt, long version) {

    public static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.getId(), organization.kind(), organization.name().zh(),
                organization.name().en(), organization.parentId(),
                organization.jurisdiction() == null ? null : organization.jurisdiction().name(),
                organization.status(), organization.registeredAt(), organization.retiredAt(),
                organization.version());
    }
}
