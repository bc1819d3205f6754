package org.ronghe.domain.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jmolecules.ddd.types.AggregateRoot;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Days;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;

/**
 * Work born from a resolution (闭环): one assignee, co-assignees, a due day, append-only progress
 * notes. OPEN → IN_PROGRESS → DONE → VERIFIED, or REOPENED with a reason. Rule 7: it closes only by
 * verification of the committee that hosted its meeting (its LEAD; the application checks who acts).
 * Overdue is derived from the day asked, never stored.
 */
public final class FollowUpTask implements AggregateRoot<FollowUpTask, TaskId> {

    public record State(TaskId id, MeetingId meeting, int resolution, CommitteeId hostCommittee,
            MeetingMechanism mechanism, String title, OrganizationId assignee, Set<OrganizationId> coAssignees,
            LocalDate createdOn, LocalDate dueOn, TaskStatus status, List<ProgressNote> notes, LocalDate doneOn,
            LocalDate verifiedOn, String reopenReason, long version) {

        public State {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(hostCommittee, "hostCommittee");
            Objects.requireNonNull(mechanism, "mechanism");
            title = Text.required("title", title, 500);
            Objects.requireNonNull(assignee, "assignee");
            coAssignees = Set.copyOf(coAssignees == null ? Set.of() : coAssignees);
            Objects.requireNonNull(createdOn, "createdOn");
            Objects.requireNonNull(dueOn, "dueOn");
            Objects.requireNonNull(status, "status");
            notes = List.copyOf(notes == null ? List.of() : notes);
        }
    }

    private State s;

    private FollowUpTask(State state) {
        this.s = state;
    }

    public record Creation(FollowUpTask task, TaskCreated event) {
    }

    public static Creation create(TaskId id, MeetingId meeting, int resolution, CommitteeId host,
            MeetingMechanism mechanism, String title, OrganizationId assignee, Set<OrganizationId> coAssignees,
            LocalDate createdOn, LocalDate dueOn, Instant now) {
        Days.plausible("createdOn", createdOn);
        Days.plausible("dueOn", dueOn);
        if (dueOn != null && createdOn != null && dueOn.isBefore(createdOn)) {
            throw new InvalidValueException("dueOn", "a task is due on or after the day it is created");
        }
        if (coAssignees != null && coAssignees.contains(assignee)) {
            throw new InvalidValueException("coAssignees", "the assignee is not its own co-assignee");
        }
        var task = new FollowUpTask(new State(id, meeting, resolution, host, mechanism, title, assignee, coAssignees,
                createdOn, dueOn, TaskStatus.OPEN, List.of(), null, null, null, 0));
        return new Creation(task, new TaskCreated(id, meeting, resolution, assignee, dueOn, now));
    }

    public static FollowUpTask restore(State state) {
        return new FollowUpTask(state);
    }

    /** Not yet done: its assignees note progress on it and mark it done. */
    public boolean takesProgress() {
        return s.status().isPending();
    }

    /** Done and not yet verified. */
    public boolean awaitsVerification() {
        return s.status() == TaskStatus.DONE;
    }

    /** Done, verified or not: its verifier may send it back. */
    public boolean mayBeReopened() {
        return s.status() == TaskStatus.DONE || s.status() == TaskStatus.VERIFIED;
    }

    /** An assignee notes progress; an open or reopened task is then in progress. */
    public TaskProgressNoted noteProgress(OrganizationId author, String text, LocalDate on, Instant now) {
        Days.plausible("on", on);
        if (!takesProgress()) {
            throw new TaskLifecycleException("progress is noted on a task not yet done; this one is " + s.status());
        }
        var notes = new ArrayList<>(s.notes());
        notes.add(new ProgressNote(author, text, on));
        s = with(TaskStatus.IN_PROGRESS, notes, s.doneOn(), s.verifiedOn(), s.reopenReason());
        return new TaskProgressNoted(s.id(), s.status(), on, now);
    }

    public TaskDone markDone(LocalDate on, Instant now) {
        Days.plausible("on", on);
        if (!takesProgress()) {
            throw new TaskLifecycleException("only a task not yet done is marked done; this one is " + s.status());
        }
        TaskStatus previous = s.status();
        s = with(TaskStatus.DONE, s.notes(), on, null, s.reopenReason());
        return new TaskDone(s.id(), previous, on, now);
    }

    /** Rule 7: the host committee closes the loop. */
    public TaskVerified verify(LocalDate on, Instant now) {
        Days.plausible("on", on);
        if (!awaitsVerification()) {
            throw new TaskLifecycleException("only a done task is verified; this one is " + s.status());
        }
        s = with(TaskStatus.VERIFIED, s.notes(), s.doneOn(), on, null);
        return new TaskVerified(s.id(), on, now);
    }

    public TaskReopened reopen(String reason, LocalDate on, Instant now) {
        Days.plausible("on", on);
        if (!mayBeReopened()) {
            throw new TaskLifecycleException("only a done or verified task is reopened; this one is " + s.status());
        }
        String why = Text.required("reason", reason, 1_000);
        TaskStatus previous = s.status();
        s = with(TaskStatus.REOPENED, s.notes(), null, null, why);
        return new TaskReopened(s.id(), previous, why, on, now);
    }

    /** Past due and not done on that day. */
    public boolean isOverdueOn(LocalDate today) {
        return s.status().isPending() && s.dueOn().isBefore(today);
    }

    public long daysLateOn(LocalDate today) {
        return isOverdueOn(today) ? ChronoUnit.DAYS.between(s.dueOn(), today) : 0;
    }

    public boolean concerns(OrganizationId organization) {
        return s.assignee().equals(organization) || s.coAssignees().contains(organization);
    }

    private State with(TaskStatus status, List<ProgressNote> notes, LocalDate doneOn, LocalDate verifiedOn,
            String reopenReason) {
        return new State(s.id(), s.meeting(), s.resolution(), s.hostCommittee(), s.mechanism(), s.title(), s.assignee(),
                s.coAssignees(), s.createdOn(), s.dueOn(), status, notes, doneOn, verifiedOn, reopenReason, s.version());
    }

    /** See {@link org.ronghe.domain.organization.Organization#markStored(long)}. */
    public void markStored(long storedVersion) {
        if (storedVersion <= s.version()) {
            throw new IllegalArgumentException("a stored version only grows");
        }
        s = new State(s.id(), s.meeting(), s.resolution(), s.hostCommittee(), s.mechanism(), s.title(), s.assignee(),
                s.coAssignees(), s.createdOn(), s.dueOn(), s.status(), s.notes(), s.doneOn(), s.verifiedOn(),
                s.reopenReason(), storedVersion);
    }

    public State state() {
        return s;
    }

    @Override
    public TaskId getId() {
        return s.id();
    }

    public TaskStatus status() {
        return s.status();
    }

    public CommitteeId hostCommittee() {
        return s.hostCommittee();
    }

    public OrganizationId assignee() {
        return s.assignee();
    }

    public LocalDate dueOn() {
        return s.dueOn();
    }

    public long version() {
        return s.version();
    }
}
