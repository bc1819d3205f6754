package org.ronghe.domain.access;

import java.time.LocalDate;

import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;

/**
 * Who may do what in the meetings of the collaboration mechanisms. The host committee's LEAD
 * convenes: schedules, records attendance and minutes, resolves, approves minutes. Members of the host
 * committee raise agenda items. ADMINs act for the district. The tasks born of the resolutions have
 * their own rules: {@link TaskStewardship}.
 */
public final class MeetingStewardship {

    private MeetingStewardship() {
    }

    public static void requireMayConvene(Actor actor, FusionCommittee host) {
        if (actor.isAdmin()) {
            return;
        }
        if (!isLeadOperator(actor, host)) {
            throw new AccessDeniedException("only the host committee's LEAD convenes its meetings");
        }
    }

    public static void requireMayRaise(Actor actor, FusionCommittee host, LocalDate today) {
        if (actor.isAdmin()) {
            return;
        }
        boolean member = host.membersOn(today).stream().anyMatch(m -> m.organization().equals(actor.organization()));
        if (actor.role() != Role.OPERATOR || !member) {
            throw new AccessDeniedException("only members of the host committee raise agenda items");
        }
    }

    /**
     * In whose name an item is raised: an operator raises in its own organization's name only; an
     * ADMIN may raise on a member's behalf; never for an organization outside the committee.
     */
    public static void requireMayRaiseAs(Actor actor, FusionCommittee host, OrganizationId raisedBy, LocalDate today) {
        if (!actor.isAdmin() && !raisedBy.equals(actor.organization())) {
            throw new AccessDeniedException("an operator raises agenda items in its own organization's name only");
        }
        if (host.membersOn(today).stream().noneMatch(m -> m.organization().equals(raisedBy))) {
            throw new InvalidValueException("raisedById", "is not a member of the host committee");
        }
    }

    /**
     * Carrying an item on changes the earlier meeting's agenda too: it is the convener's decision, as
     * every other change to a meeting after it was held.
     */
    public static void requireMayCarryOver(Actor actor, FusionCommittee host) {
        if (actor.isAdmin()) {
            return;
        }
        if (!isLeadOperator(actor, host)) {
            throw new AccessDeniedException("only the host committee's LEAD carries agenda items on to a later meeting");
        }
    }

    static boolean isLeadOperator(Actor actor, FusionCommittee host) {
        return actor.role() == Role.OPERATOR && actor.organization() != null
                && host.currentLead().map(m -> m.organization().equals(actor.organization())).orElse(false);
    }
}
