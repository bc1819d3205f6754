package org.ronghe.domain.access;

import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.committee.MembershipRole;

/**
 * Who may change a fusion committee. ADMINs (the district party committee's operators) plan,
 * establish, appoint chairs and dissolve; the operators of a committee's LEAD organization manage
 * its COOPERATING and PARTICIPATING members and adopt its rules; everyone else reads.
 */
public final class CommitteeStewardship {

    private CommitteeStewardship() {
    }

    /** Planning, establishing, appointing a chair, dissolving. */
    public static void requireMayGovern(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("only an ADMIN plans, establishes, chairs and dissolves committees");
        }
    }

    /** Admitting, changing or ending a membership whose role is (or becomes) {@code role}. */
    public static void requireMayManageMember(Actor actor, FusionCommittee committee, MembershipRole role) {
        if (actor.isAdmin()) {
            return;
        }
        requireLeadOperator(actor, committee);
        if (role == MembershipRole.LEAD) {
            throw new AccessDeniedException("only an ADMIN decides who leads a committee");
        }
    }

    public static void requireMayAdoptRules(Actor actor, FusionCommittee committee) {
        if (!actor.isAdmin()) {
            requireLeadOperator(actor, committee);
        }
    }

    private static void requireLeadOperator(Actor actor, FusionCommittee committee) {
        boolean leads = committee.currentLead().map(m -> m.organization().equals(actor.organization())).orElse(false);
        if (actor.role() != Role.OPERATOR || !leads) {
            throw new AccessDeniedException("only the operators of the committee's LEAD organization manage its members");
        }
    }
}
