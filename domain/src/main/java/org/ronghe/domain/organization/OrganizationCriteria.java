package org.ronghe.domain.organization;

/** Which organizations a listing asks for; a null field does not filter. */
public record OrganizationCriteria(OrganizationKind kind, OrganizationId parentId, OrganizationStatus status) {

    public static OrganizationCriteria all() {
        return new OrganizationCriteria(null, null, null);
    }

    public boolean matches(Organization organization) {
        return (kind == null || kind == organization.kind())
                && (parentId == null || parentId.equals(organization.parentId()))
                && (status == null || status == organization.status());
    }
}
