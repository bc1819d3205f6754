package org.ronghe.application.meeting.service;

import java.time.LocalDate;
import org.ronghe.application.shared.port.Page;
import org.ronghe.domain.task.TaskCriteria;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.application.audit.service.Auditor;
import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.meeting.port.in.ChangeMeetingUseCase;
import org.ronghe.application.meeting.port.in.ChangeTaskUseCase;
import org.ronghe.application.meeting.port.in.CreateTaskCommand;
import org.ronghe.application.meeting.port.in.CreateTaskUseCase;
import org.ronghe.application.meeting.port.in.MeetingChange;
import org.ronghe.application.meeting.port.in.MeetingView;
import org.ronghe.application.meeting.port.in.ScheduleMeetingCommand;
import org.ronghe.application.meeting.port.in.ScheduleMeetingUseCase;
import org.ronghe.application.meeting.port.in.TaskChange;
import org.ronghe.application.meeting.port.in.TaskView;
import org.ronghe.application.meeting.port.out.FollowUpTasks;
import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.shared.port.out.IdSource;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.domain.access.MeetingStewardship;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.meeting.Meeting;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.StaleVersionException;
import org.ronghe.domain.shared.UnknownReferenceException;
import org.ronghe.domain.task.FollowUpTask;
import org.ronghe.domain.task.TaskId;

/** Meetings and the tasks born from their resolutions, each write checked, stored by compare-and-set, audited. */
public final class MeetingService implements ScheduleMeetingUseCase, ChangeMeetingUseCase, CreateTaskUseCase,
        ChangeTaskUseCase {

    private final Meetings meetings;
    private final FollowUpTasks tasks;
    private final Committees committees;
    private final Organizations organizations;
    private final Transactions transactions;
    private final Auditor auditor;
    private final Clock clock;
    private final IdSource ids;
    private final CommitteeChain chain;

    public MeetingService(Meetings meetings, FollowUpTasks tasks, Committees committees, Organizations organizations,
            Transactions transactions, Auditor auditor, Clock clock, IdSource ids) {
        this.meetings = meetings;
        this.tasks = tasks;
        this.committees = committees;
        this.organizations = organizations;
        this.transactions = transactions;
        this.auditor = auditor;
        this.clock = clock;
        this.ids = ids;
        this.chain = new CommitteeChain(committees);
    }

    @Override
    public MeetingView schedule(Caller caller, ScheduleMeetingCommand command) {
        return transactions.inTransaction(() -> {
            var host = host(command.host(), "hostCommitteeId");
            MeetingStewardship.requireMayConvene(caller.actor(), host);
            command.invited().forEach(o -> organization("invited", o));
            var scheduling = Meeting.schedule(new MeetingId(ids.next()), command.mechanism(), command.title(),
                    command.host(), command.slot(), command.invited(), clock.now());
            meetings.add(scheduling.meeting());
            auditor.record(caller, scheduling.event());
            return MeetingView.of(scheduling.meeting(), List.of());
        });
    }

    @Override
    public MeetingView change(Caller caller, MeetingChange change) {
        return transactions.inTransaction(() -> {
            var meeting = meetingAt(change.id(), change.expectedVersion());
            var host = host(meeting.host(), "hostCommitteeId");
            var now = clock.now();
            DomainEvent event;
            if (change instanceof MeetingChange.RaiseItem raise) {
                MeetingStewardship.requireMayRaise(caller.actor(), host, today());
                OrganizationId raisedBy = raise.raisedBy() != null ? raise.raisedBy() : caller.actor().organization();
                if (raisedBy == null) {
                    throw new InvalidValueException("raisedById", "is required: an ADMIN names the member it raises for");
                }
                organization("raisedById", raisedBy);
                MeetingStewardship.requireMayRaiseAs(caller.actor(), host, raisedBy, today());
                event = meeting.raise(raisedBy, raise.problem(), raise.link(), now);
            } else if (change instanceof MeetingChange.CarryOver carry) {
                MeetingStewardship.requireMayCarryOver(caller.actor(), host);
                var origin = referencedMeeting("carriedFromMeetingId", carry.from());
                if (origin.version() != carry.fromVersion()) {
                    throw new StaleVersionException("meeting", carry.from(), carry.fromVersion(), origin.version());
                }
                var carried = origin.carryOver(carry.item(), meeting, carry.problem(), carry.link(), now);
                meetings.update(origin);
                auditor.record(caller, carried.carried());
                event = carried.raised();
            } else {
                MeetingStewardship.requireMayConvene(caller.actor(), host);
                if (change instanceof MeetingChange.Reschedule r) {
                    event = meeting.reschedule(r.slot(), r.reason(), now);
                } else if (change instanceof MeetingChange.Cancel c) {
                    event = meeting.cancel(c.reason(), now);
                } else if (change instanceof MeetingChange.Hold h) {
                    h.attended().forEach(o -> organization("attended", o));
                    event = meeting.hold(h.attended(), h.minutes(), now);
                } else if (change instanceof MeetingChange.Resolve r) {
                    event = meeting.resolve(r.agendaItem(), r.text(), now);
                } else {
                    event = meeting.approveMinutes(now);
                }
            }
            meetings.update(meeting);
            auditor.record(caller, event);
            return MeetingView.of(meeting, tasksOf(meeting.getId()));
        });
    }

    @Override
    public TaskView create(Caller caller, CreateTaskCommand command) {
        return transactions.inTransaction(() -> {
            var meeting = referencedMeeting("meetingId", command.meeting());
            var host = host(meeting.host(), "hostCommitteeId");
            MeetingStewardship.requireMayAssignTasks(caller.actor(), host);
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
            var creation = FollowUpTask.create(new TaskId(ids.next()), meeting.getId(), resolution.number(),
                    meeting.host(), meeting.mechanism(), command.title() != null ? command.title() : resolution.text(),
                    command.assignee(), command.coAssignees(), createdOn, command.dueOn(), clock.now());
            tasks.add(creation.task());
            auditor.record(caller, creation.event());
            return TaskView.of(creation.task(), today());
        });
    }

    @Override
    public TaskView change(Caller caller, TaskChange change) {
        return transactions.inTransaction(() -> {
            var task = tasks.findById(change.id()).orElseThrow(() -> new AggregateNotFoundException("task", change.id()));
            if (task.version() != change.expectedVersion()) {
                throw new StaleVersionException("task", change.id(), change.expectedVersion(), task.version());
            }
            var now = clock.now();
            DomainEvent event;
            if (change instanceof TaskChange.NoteProgress p) {
                MeetingStewardship.requireMayWorkOn(caller.actor(), task);
                OrganizationId author = caller.actor().organization() != null ? caller.actor().organization()
                        : task.assignee();
                event = task.noteProgress(author, p.text(), p.on(), now);
            } else if (change instanceof TaskChange.MarkDone d) {
                MeetingStewardship.requireMayWorkOn(caller.actor(), task);
                event = task.markDone(d.on(), now);
            } else if (change instanceof TaskChange.Verify v) {
                MeetingStewardship.requireMayVerify(caller.actor(), chain.hostAndAbove(task.hostCommittee()), task);
                event = task.verify(v.on(), now);
            } else {
                var r = (TaskChange.Reopen) change;
                MeetingStewardship.requireMayVerify(caller.actor(), chain.hostAndAbove(task.hostCommittee()), task);
                event = task.reopen(r.reason(), r.on(), now);
            }
            tasks.update(task);
            auditor.record(caller, event);
            return TaskView.of(task, today());
        });
    }

    private Meeting meetingAt(MeetingId id, long expectedVersion) {
        var meeting = meetings.findById(id).orElseThrow(() -> new AggregateNotFoundException("meeting", id));
        if (meeting.version() != expectedVersion) {
            throw new StaleVersionException("meeting", id, expectedVersion, meeting.version());
        }
        return meeting;
    }

    /** A meeting a request names in its body: unknown is a bad reference (422), not a missing resource. */
    private Meeting referencedMeeting(String field, MeetingId id) {
        return meetings.findById(id).orElseThrow(() -> new UnknownReferenceException(field, "meeting", id));
    }

    private FusionCommittee host(CommitteeId id, String field) {
        return committees.findById(id).orElseThrow(() -> new UnknownReferenceException(field, "committee", id));
    }

    private void organization(String field, OrganizationId id) {
        if (organizations.findById(id).isEmpty()) {
            throw new UnknownReferenceException(field, "organization", id);
        }
    }

    private List<FollowUpTask> tasksOf(MeetingId meeting) {
        return Page.every(page -> tasks.find(TaskCriteria.ofMeeting(meeting), page));
    }

    private LocalDate today() {
        return clock.today();
    }
}
