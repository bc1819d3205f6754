package org.ronghe.domain.access;

import org.ronghe.domain.activity.CoWorkActivity;
import org.ronghe.domain.organization.OrganizationId;

import java.util.Set;

/** Who records and withdraws co-work: the ADMIN, or an OPERATOR of one of the organizations that took part. */
public final class ActivityStewardship {

    private ActivityStewardship() {
    }

    public static void requireMayRecord(Actor actor, Set<OrganizationId> organizations) {
        if (actor.isAdmin()) {
            return;
        }
        if (actor.role() != Role.OPERATOR || actor.organization() == null
                || !organizations.contains(actor.organization())) {
            throw new AccessDeniedException("only an organization that took part records or withdraws a co-work activity");
        }
    }

    public static void requireMayWithdraw(Actor actor, CoWorkActivity activity) {
        requireMayRecord(actor, activity.state().organizations());
    }
}
