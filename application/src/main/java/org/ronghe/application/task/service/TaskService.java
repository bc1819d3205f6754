package org.ronghe.application.task.service;

import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.service.AggregateWrites;
import org.ronghe.application.task.port.in.CreateTaskCommand;
import org.ronghe.application.task.port.in.TaskChange;
import org.ronghe.application.task.port.in.TaskCommands;
import org.ronghe.application.task.port.in.TaskView;
import org.ronghe.domain.access.TaskStewardship;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.UnknownReferenceException;
import org.ronghe.domain.task.FollowUpTask;
import org.ronghe.domain.task.TaskId;

/** Creates follow-up tasks from resolutions and moves them to verified; each write checked and audited. */
public record TaskService(References references, AggregateWrites<FollowUpTask, TaskId> writes) implements TaskCommands {

    /** The stores a task is checked against, besides its own. */
    public record References(Meetings meetings, Committees committees, Organizations organizations) {
    }

    private TaskNames names() {
        return new TaskNames(references.committees(), references.organizations());
    }

    @Override
    public TaskView create(Caller caller, CreateTaskCommand command) {
        return writes.create(caller, () -> {
            var meeting = references.meetings().findById(command.meeting())
                    .orElseThrow(() -> new UnknownReferenceException("meetingId", "meeting", command.meeting()));
            var host = references.committees().findById(meeting.host())
                    .orElseThrow(() -> new UnknownReferenceException("hostCommitteeId", "committee", meeting.host()));
            TaskStewardship.requireMayAssignTasks(caller.actor(), host);
            var resolution = meeting.resolution(command.resolution());
            organization("assigneeId", command.assignee());
            command.coAssignees().forEach(o -> organization("coAssigneeIds", o));
            LocalDate createdOn = command.createdOn() != null ? command.createdOn() : today();
            if (createdOn.isAfter(today())) {
                throw new InvalidValueException("createdOn", "a task is not created in the future");
            }
            if (createdOn.isBefore(LocalDate.ofInstant(meeting.state().slot().start(), Clock.CITY_TIME))) {
                throw new InvalidValueException("createdOn", "a task is not created before its meeting");
            }
            var creation = FollowUpTask.create(new TaskId(writes.newId()), meeting.getId(), resolution.number(),
                    meeting.host(), meeting.mechanism(), command.title() != null ? command.title() : resolution.text(),
                    command.assignee(), command.coAssignees(), createdOn, command.dueOn(), writes.now());
            return new AggregateWrites.Created<>(creation.task(), creation.event());
        }, task -> TaskView.of(task, today(), names().of(task)));
    }

    @Override
    public TaskView change(Caller caller, TaskChange change) {
        return writes.change(caller, change.id(), change.expectedVersion(), task -> apply(caller, task, change),
                task -> TaskView.of(task, today(), names().of(task)));
    }

    private DomainEvent apply(Caller caller, FollowUpTask task, TaskChange change) {
        var now = writes.now();
        if (change instanceof TaskChange.NoteProgress p) {
            TaskStewardship.requireMayWorkOn(caller.actor(), task);
            OrganizationId author = caller.actor().organization() != null ? caller.actor().organization()
                    : task.assignee();
            return task.noteProgress(author, p.text(), p.on(), now);
        }
        if (change instanceof TaskChange.MarkDone d) {
            TaskStewardship.requireMayWorkOn(caller.actor(), task);
            return task.markDone(d.on(), now);
        }
        TaskStewardship.requireMayVerify(caller.actor(), new CommitteeChain(references.committees()).hostAndAbove(task.hostCommittee()), task);
        if (change instanceof TaskChange.Verify v) {
            return task.verify(v.on(), now);
        }
        var r = (TaskChange.Reopen) change;
        return task.reopen(r.reason(), r.on(), now);
    }

    private void organization(String field, OrganizationId id) {
        if (references.organizations().findById(id).isEmpty()) {
            throw new UnknownReferenceException(field, "organization", id);
        }
    }

    private LocalDate today() {
        return writes.today();
    }
}
