package org.ronghe.domain.project;

import java.time.LocalDate;

import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationScope;
import org.ronghe.domain.shared.NameSearch;

/**
 * Which projects a listing asks for; null fields do not filter. {@code atRiskOn}: only projects at risk that day;
 * {@code title}: a search of the title in either language; {@code involving}: an organization in the scope takes
 * part (as flag bearer, principal or co-organization).
 */
public record ProjectCriteria(DomainCode domain, OrganizationId flagBearer, ProjectStatus status, LocalDate atRiskOn,
        NameSearch title, OrganizationScope involving) {

    /** No search by title or scope. */
    public ProjectCriteria(DomainCode domain, OrganizationId flagBearer, ProjectStatus status, LocalDate atRiskOn) {
        this(domain, flagBearer, status, atRiskOn, null, null);
    }

    public static ProjectCriteria all() {
        return new ProjectCriteria(null, null, null, null);
    }

    public boolean matches(DomainProject project) {
        return (domain == null || domain.equals(project.domain()))
                && (flagBearer == null || flagBearer.equals(project.flagBearer()))
                && (status == null || status == project.status())
                && (atRiskOn == null || project.isAtRiskOn(atRiskOn))
                && (title == null || title.matches(project.title().zh(), project.title().en()))
                && (involving == null || involving.includes(project.flagBearer()) || involving.includes(project.principal())
                        || project.coOrganizations().stream().anyMatch(c -> involving.includes(c.organization())));
    }
}
