package org.ronghe.domain.access;

import java.util.List;

import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.task.FollowUpTask;

/**
 * Who may do what with follow-up tasks. The host committee's LEAD creates them from its meeting's
 * resolutions and — rule 7 — alone verifies or reopens them, never for a task of its own. Assignees
 * (and co-assignees) report progress and mark their tasks done. ADMINs act for the district, except
 * that they do not verify: the loop closes where the work was decided, one level up when the host's
 * own LEAD did the work ({@link #verifierOf}).
 */
public final class TaskStewardship {

    private TaskStewardship() {
    }

    /** Assigning follow-up tasks from a meeting's resolutions: the convener's, as the meeting is. */
    public static void requireMayAssignTasks(Actor actor, FusionCommittee host) {
        if (actor.isAdmin()) {
            return;
        }
        if (!MeetingStewardship.isLeadOperator(actor, host)) {
            throw new AccessDeniedException("only the host committee's LEAD assigns follow-up tasks from its resolutions");
        }
    }

    public static void requireMayWorkOn(Actor actor, FollowUpTask task) {
        if (!mayWorkOn(actor, task)) {
            throw new AccessDeniedException("only the assignee and co-assignees work on a task");
        }
    }

    /** The assignee's and the co-assignees' operators, and ADMINs for the district. */
    static boolean mayWorkOn(Actor actor, FollowUpTask task) {
        return actor.isAdmin() || actor.role() == Role.OPERATOR && task.concerns(actor.organization());
    }

    /**
     * What the actor may do with the task now, as its state and these rules allow: the buttons a page shows.
     * Each is what the matching command would accept (on a version not changed meanwhile).
     */
    public static TaskActions actionsOf(Actor actor, List<FusionCommittee> hostAndAbove, FollowUpTask task) {
        boolean works = mayWorkOn(actor, task);
        boolean verifies = mayVerify(actor, verifierOf(hostAndAbove, task), task);
        return new TaskActions(works && task.takesProgress(), works && task.takesProgress(),
                verifies && task.awaitsVerification(), verifies && task.mayBeReopened());
    }

    /**
     * Rule 7, and what it leaves open: the host committee's LEAD verifies a task, never one it works on
     * itself (as assignee or co-assignee). Then the task goes one level up, to the LEAD of the committee
     * the host hangs under, and so on; when every LEAD up to the promotion committee works on it, the
     * district's ADMIN verifies. So a task assigned to the host's own LEAD (the town that leads an
     * area, say) is still closed, by someone other than who did the work. A dissolved committee is passed
     * over the same way: it will never have a LEAD again.
     *
     * @param hostAndAbove the host committee first, then the committee it hangs under, up to the top
     */
    public static Verifier verifierOf(List<FusionCommittee> hostAndAbove, FollowUpTask task) {
        if (hostAndAbove.isEmpty()) {
            throw new IllegalArgumentException("the host committee is needed");
        }
        for (FusionCommittee committee : hostAndAbove) {
            if (committee.status() == CommitteeStatus.DISSOLVED) {
                continue; // it will have no LEAD again: its tasks go up as its members' did
            }
            var lead = committee.currentLead();
            if (lead.isEmpty()) {
                return new Verifier.AwaitingLead(committee.getId());
            }
            if (!task.concerns(lead.get().organization())) {
                return new Verifier.LeadOf(committee.getId(), lead.get().organization());
            }
        }
        return new Verifier.DistrictAdmin();
    }

    /** Verifying or reopening: only the task's {@link #verifierOf verifier}, and never an assignee. */
    public static void requireMayVerify(Actor actor, List<FusionCommittee> hostAndAbove, FollowUpTask task) {
        var verifier = verifierOf(hostAndAbove, task);
        if (worksOn(actor, task)) {
            throw new AccessDeniedException("an assignee does not verify its own task: " + describe(verifier,
                    hostAndAbove) + " does");
        }
        if (!mayVerify(actor, verifier, task)) {
            throw new AccessDeniedException("only " + describe(verifier, hostAndAbove) + " verifies or reopens this task");
        }
    }

    private static boolean worksOn(Actor actor, FollowUpTask task) {
        return actor.organization() != null && task.concerns(actor.organization());
    }

    /** The task's verifier, and never one of its assignees. */
    private static boolean mayVerify(Actor actor, Verifier verifier, FollowUpTask task) {
        if (worksOn(actor, task)) {
            return false;
        }
        if (verifier instanceof Verifier.LeadOf lead) {
            return actor.role() == Role.OPERATOR && lead.organization().equals(actor.organization());
        }
        return verifier instanceof Verifier.DistrictAdmin && actor.isAdmin();
    }

    private static String describe(Verifier verifier, List<FusionCommittee> hostAndAbove) {
        if (verifier instanceof Verifier.LeadOf lead) {
            return lead.committee().equals(hostAndAbove.get(0).getId())
                    ? "the LEAD of the committee that hosted the meeting"
                    : "the LEAD of committee " + lead.committee() + " (the host's own LEAD works on the task)";
        }
        if (verifier instanceof Verifier.AwaitingLead awaiting) {
            return "the LEAD of committee " + awaiting.committee() + ", which has none today,";
        }
        return "the district's ADMIN (every LEAD up to the promotion committee works on the task)";
    }
}
