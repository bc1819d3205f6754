package org.ronghe.application.meeting.service;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.application.committee.port.out.Committees;
import org.ronghe.application.meeting.port.in.MeetingChange;
import org.ronghe.application.meeting.port.in.MeetingCommands;
import org.ronghe.application.meeting.port.in.MeetingView;
import org.ronghe.application.meeting.port.in.ScheduleMeetingCommand;
import org.ronghe.application.meeting.port.out.Meetings;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.service.AggregateWrites;
import org.ronghe.application.task.port.out.FollowUpTasks;
import org.ronghe.domain.access.MeetingStewardship;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.meeting.Meeting;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.UnknownReferenceException;
import org.ronghe.domain.task.TaskCriteria;

import org.jmolecules.event.types.DomainEvent;

/** Schedules meetings and changes them, each write checked, stored by compare-and-set, audited. */
public record MeetingService(Meetings meetings, References references, AggregateWrites<Meeting, MeetingId> writes)
        implements MeetingCommands {

    /** The stores a meeting is checked against and shown with, besides its own. */
    public record References(Committees committees, Organizations organizations, FollowUpTasks tasks,
            AgendaLinks links) {
    }

    @Override
    public MeetingView schedule(Caller caller, ScheduleMeetingCommand command) {
        return writes.create(caller, () -> {
            var host = host(command.host());
            MeetingStewardship.requireMayConvene(caller.actor(), host);
            command.invited().forEach(o -> organization("invited", o));
            var scheduling = Meeting.schedule(new MeetingId(writes.newId()), command.mechanism(), command.title(),
                    command.host(), command.slot(), command.invited(), writes.now());
            return new AggregateWrites.Created<>(scheduling.meeting(), scheduling.event());
        }, meeting -> MeetingView.of(meeting, List.of()));
    }

    @Override
    public MeetingView change(Caller caller, MeetingChange change) {
        return writes.change(caller, change.id(), change.expectedVersion(), meeting -> apply(caller, meeting, change),
                meeting -> MeetingView.of(meeting, Page.every(page -> references.tasks()
                        .find(TaskCriteria.ofMeeting(meeting.getId()), page))));
    }

    private DomainEvent apply(Caller caller, Meeting meeting, MeetingChange change) {
        var host = host(meeting.host());
        var now = writes.now();
        if (change instanceof MeetingChange.RaiseItem raise) {
            MeetingStewardship.requireMayRaise(caller.actor(), host, today());
            OrganizationId raisedBy = raise.raisedBy() != null ? raise.raisedBy() : caller.actor().organization();
            if (raisedBy == null) {
                throw new InvalidValueException("raisedById", "is required: an ADMIN names the member it raises for");
            }
            organization("raisedById", raisedBy);
            MeetingStewardship.requireMayRaiseAs(caller.actor(), host, raisedBy, today());
            var raised = meeting.raise(raisedBy, raise.problem(), raise.link(), now); // the link's form first
            references.links().requireTarget(raise.link());
            return raised;
        }
        if (change instanceof MeetingChange.CarryOver carry) {
            MeetingStewardship.requireMayCarryOver(caller.actor(), host);
            var origin = meetings.findById(carry.from())
                    .orElseThrow(() -> new UnknownReferenceException("carriedFromMeetingId", "meeting", carry.from()));
            writes.requireVersion(origin, carry.from(), carry.fromVersion());
            var carried = origin.carryOver(carry.item(), meeting, carry.problem(), carry.link(), now);
            references.links().requireTarget(carry.link());
            writes.alsoChanged(caller, origin, carried.carried());
            return carried.raised();
        }
        MeetingStewardship.requireMayConvene(caller.actor(), host);
        if (change instanceof MeetingChange.Reschedule r) {
            return meeting.reschedule(r.slot(), r.reason(), now);
        }
        if (change instanceof MeetingChange.Cancel c) {
            return meeting.cancel(c.reason(), now);
        }
        if (change instanceof MeetingChange.Hold h) {
            h.attended().forEach(o -> organization("attended", o));
            return meeting.hold(h.attended(), h.minutes(), now);
        }
        if (change instanceof MeetingChange.Resolve r) {
            return meeting.resolve(r.agendaItem(), r.text(), now);
        }
        return meeting.approveMinutes(now);
    }

    private FusionCommittee host(CommitteeId id) {
        return references.committees().findById(id)
                .orElseThrow(() -> new UnknownReferenceException("hostCommitteeId", "committee", id));
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
