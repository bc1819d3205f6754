package org.ronghe.domain.access;

import java.util.List;

import org.ronghe.domain.organization.OrganizationId;

/**
 * Who may change which organization. ADMIN: every one. OPERATOR: the organizations under its own
 * (registering, moving, retiring them) and its own as well for renaming. READER: none.
 * Lineages run from the top of the hierarchy down to and including the organization itself.
 */
public final class OrganizationStewardship {

    private OrganizationStewardship() {
    }

    /** Registering a new organization under {@code parentLineage} (empty: at the top). */
    public static void requireMayRegisterUnder(Actor actor, List<OrganizationId> parentLineage) {
        if (actor.isAdmin()) {
            return;
        }
        requireOperator(actor, "register organizations");
        if (!parentLineage.contains(actor.organization())) {
            throw new AccessDeniedException("an operator registers organizations only under its own organization");
        }
    }

    /** Renaming: an operator renames its own organization or one under it. */
    public static void requireMayRename(Actor actor, List<OrganizationId> targetLineage) {
        if (actor.isAdmin()) {
            return;
        }
        requireOperator(actor, "rename organizations");
        if (!targetLineage.contains(actor.organization())) {
            throw new AccessDeniedException("an operator renames only its own organization or one under it");
        }
    }

    /** Moving: an operator moves organizations under its own, and only to places under its own. */
    public static void requireMayMove(Actor actor, List<OrganizationId> targetLineage,
            List<OrganizationId> newParentLineage) {
        if (actor.isAdmin()) {
            return;
        }
        requireOperator(actor, "move organizations");
        if (!isStrictlyUnder(actor, targetLineage) || !newParentLineage.contains(actor.organization())) {
            throw new AccessDeniedException("an operator moves only organizations under its own, to places under its own");
        }
    }

    /** Retiring: an operator retires organizations under its own, never its own. */
    public static void requireMayRetire(Actor actor, List<OrganizationId> targetLineage) {
        if (actor.isAdmin()) {
            return;
        }
        requireOperator(actor, "retire organizations");
        if (!isStrictlyUnder(actor, targetLineage)) {
            throw new AccessDeniedException("an operator retires only organizations under its own");
        }
    }

    private static boolean isStrictlyUnder(Actor actor, List<OrganizationId> targetLineage) {
        return targetLineage.contains(actor.organization())
                && !targetLineage.get(targetLineage.size() - 1).equals(actor.organization());
    }

    private static void requireOperator(Actor actor, String what) {
        if (actor.role() != Role.OPERATOR) {
            throw new AccessDeniedException("a " + actor.role() + " may not " + what);
        }
    }
}
