package org.ronghe.domain.access;

import org.ronghe.domain.organization.OrganizationId;

/**
 * Who takes which step of a city case (条块结合): a town's operators dispatch, verify and close the cases of their
 * own town (and agree a suspension); a department's operators sign for, return and handle the cases dispatched
 * to it; any operator reports a signal (a grid worker's patrol comes through its organization's token); the
 * ADMIN, the district's dispatcher, does all of it and alone files a case outside every grid and sets the policy.
 */
public final class CaseStewardship {

    private CaseStewardship() {
    }

    public static void requireMayReport(Actor actor) {
        if (actor.role() == Role.READER) {
            throw new AccessDeniedException("a reader does not report signals");
        }
    }

    /** @param town the case's town, or null for a case outside every grid (the district dispatches it) */
    public static void requireMayDispatch(Actor actor, OrganizationId town) {
        if (!actor.isAdmin() && !isOperatorOf(actor, town)) {
            throw new AccessDeniedException("only the operators of the case's town, or an admin, dispatch, verify"
                    + " and close it");
        }
    }

    public static void requireMayHandle(Actor actor, OrganizationId department) {
        if (!actor.isAdmin() && !isOperatorOf(actor, department)) {
            throw new AccessDeniedException("only the operators of the department the case was dispatched to, or an"
                    + " admin, sign for, return and handle it");
        }
    }

    public static void requireMayAdoptPolicy(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("only an admin adopts the case policy");
        }
    }

    private static boolean isOperatorOf(Actor actor, OrganizationId organization) {
        return actor.role() == Role.OPERATOR && organization != null && organization.equals(actor.organization());
    }
}
