package org.ronghe.domain.access;

import java.time.LocalDate;

import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.task.FollowUpTask;

/**
 * Who may do what in the collaboration mechanisms. The host committee's LEAD convenes: schedules,
 * records attendance and minutes, resolves, approves minutes, creates tasks, and — rule 7 — alone
 * verifies or reopens them, never for a task of its own. Members of the host committee raise agenda
 * items. Assignees (and co-assignees) report progress and mark their tasks done. ADMINs act for the
 * district, except that they do not verify: the loop closes where the work was decided.
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

    public static void requireMayWorkOn(Actor actor, FollowUpTask task) {
        if (actor.isAdmin()) {
            return;
        }
        if (actor.role() != Role.OPERATOR || !task.concerns(actor.organization())) {
            throw new AccessDeniedException("only the assignee and co-assignees work on a task");
        }
    }

    /** Rule 7: the host committee's LEAD closes the loop, and never on its own task. */
    public static void requireMayVerify(Actor actor, FusionCommittee host, FollowUpTask task) {
        if (!isLeadOperator(actor, host)) {
            throw new AccessDeniedException("only the LEAD of the committee that hosted the meeting verifies or "
                    + "reopens its tasks");
        }
        if (task.concerns(actor.organization())) {
            throw new AccessDeniedException("an assignee does not verify its own task");
        }
    }

    private static boolean isLeadOperator(Actor actor, FusionCommittee host) {
        return actor.role() == Role.OPERATOR && actor.organization() != null
                && host.currentLead().map(m -> m.organization().equals(actor.organization())).orElse(false);
    }
}
