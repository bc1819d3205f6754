package org.ronghe.domain.organization;

import org.ronghe.domain.shared.NameSearch;

/**
 * Which organizations a listing asks for; a null field does not filter. {@code name}: a search of the name in
 * either language; {@code within}: only organizations in the scope (a town, its villages and units).
 */
public record OrganizationCriteria(OrganizationKind kind, OrganizationId parentId, OrganizationStatus status,
        NameSearch name, OrganizationScope within) {

    /** No search by name or scope. */
    public OrganizationCriteria(OrganizationKind kind, OrganizationId parentId, OrganizationStatus status) {
        this(kind, parentId, status, null, null);
    }

    public static OrganizationCriteria all() {
        return new OrganizationCriteria(null, null, null);
    }

    public boolean matches(Organization organization) {
        return (kind == null || kind == organization.kind())
                && (parentId == null || parentId.equals(organization.parentId()))
                && (status == null || status == organization.status())
                && (name == null || name.matches(organization.name().zh(), organization.name().en()))
                && (within == null || within.includes(organization.getId()));
    }
}
