package org.ronghe.domain.project;

import java.time.LocalDate;

import org.ronghe.domain.organization.OrganizationId;

/** Which projects a listing asks for; null fields do not filter. {@code atRiskOn}: only projects at risk that day. */
public record ProjectCriteria(DomainCode domain, OrganizationId flagBearer, ProjectStatus status, LocalDate atRiskOn) {

    public static ProjectCriteria all() {
        return new ProjectCriteria(null, null, null, null);
    }

    public boolean matches(DomainProject project) {
        return (domain == null || domain.equals(project.domain()))
                && (flagBearer == null || flagBearer.equals(project.flagBearer()))
                && (status == null || status == project.status())
                && (atRiskOn == null || project.isAtRiskOn(atRiskOn));
    }
}
