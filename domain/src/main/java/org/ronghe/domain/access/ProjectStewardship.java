package org.ronghe.domain.access;

import org.ronghe.domain.project.DomainProject;

/**
 * Who may change a domain project. ADMINs act for the principal (the district party committee):
 * they propose, sign, suspend, resume and cancel, and keep the domain catalogue. The flag-bearer's
 * operators start the project, report progress and complete it. Co-organizations comment.
 */
public final class ProjectStewardship {

    private ProjectStewardship() {
    }

    public static void requireMayActForPrincipal(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("only an ADMIN acts for the principal of a responsibility agreement");
        }
    }

    /** Starting, reporting progress, completing. */
    public static void requireMayCarryOut(Actor actor, DomainProject project) {
        if (actor.isAdmin()) {
            return;
        }
        if (actor.role() != Role.OPERATOR || !project.flagBearer().equals(actor.organization())) {
            throw new AccessDeniedException("only the flag-bearer's operators carry out the project");
        }
    }

    public static void requireMayComment(Actor actor, DomainProject project) {
        if (actor.isAdmin()) {
            return;
        }
        boolean takesPart = project.flagBearer().equals(actor.organization())
                || project.isCoOrganization(actor.organization());
        if (actor.role() != Role.OPERATOR || !takesPart) {
            throw new AccessDeniedException("the flag-bearer and the co-organizations comment on a project");
        }
    }
}
