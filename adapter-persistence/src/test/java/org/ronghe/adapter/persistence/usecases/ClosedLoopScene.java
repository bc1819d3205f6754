package org.ronghe.adapter.persistence.usecases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ronghe.application.Ronghe;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.area.port.in.AreaView;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.application.meeting.port.in.MeetingChange;
import org.ronghe.application.meeting.port.in.ScheduleMeetingCommand;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.task.port.in.CreateTaskCommand;
import org.ronghe.application.task.port.in.TaskChange;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.audit.AuditEntry;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.meeting.Slot;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.task.TaskId;

/**
 * The Ximen area of the new city on the in-memory adapter (today is 2023-04-04): the district leads the
 * promotion committee; the Ximen area committee is led by its town, with a district department cooperating
 * and a regional unit participating; another department sits on no committee. Helpers hold meetings, adopt
 * resolutions and carry tasks through the closed loop.
 */
final class ClosedLoopScene implements AutoCloseable {

    static final Caller ADMIN = OnMemory.ADMIN;
    static final LocalDate TODAY = LocalDate.of(2023, 4, 4);

    final OnMemory memory = new OnMemory();
    final Ronghe ronghe = memory.ronghe;
    final OrganizationView district;
    final OrganizationView town;
    final OrganizationView department;
    final OrganizationView unit;
    final OrganizationView outsider;
    final AreaView area;
    final CommitteeView promotion;
    final CommitteeView ximen;

    ClosedLoopScene() {
        district = memory.register("DISTRICT_PARTY_COMMITTEE", "区委", null);
        town = memory.register("TOWN_PARTY_COMMITTEE", "嘉定镇街道党工委", district);
        department = memory.register("DEPARTMENT_PARTY_BODY", "区交通委党组", district);
        unit = memory.register("REGIONAL_UNIT", "某研究院", town);
        outsider = memory.register("DEPARTMENT_PARTY_BODY", "区水务局党组", district);
        area = ronghe.areas().commands().define(ADMIN, new DefineAreaCommand(AreaLayout.AREA, BilingualName.of("西门", null),
                Set.of(town.id())));
        var plannedPromotion = ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(
                CommitteeTier.DISTRICT_PROMOTION, BilingualName.of("推进委员会", null), null, null,
                LocalDate.of(2021, 1, 1)));
        promotion = ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(plannedPromotion.id(), 1, district.id(),
                MembershipRole.LEAD, LocalDate.of(2021, 1, 1)));
        var planned = ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.AREA,
                BilingualName.of("西门融委会", null), null, area.id(), LocalDate.of(2022, 3, 1)));
        var led = ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(planned.id(), 1, town.id(),
                MembershipRole.LEAD, LocalDate.of(2022, 3, 1)));
        var cooperated = ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(led.id(), 2, department.id(),
                MembershipRole.COOPERATING, LocalDate.of(2022, 3, 1)));
        ximen = ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(cooperated.id(), 3, unit.id(),
                MembershipRole.PARTICIPATING, LocalDate.of(2022, 3, 1)));
    }

    Caller operatorOf(OrganizationView organization) {
        return memory.operatorOf(organization);
    }

    /** A caller holding a fresh READER token of the organization. */
    Caller readerOf(OrganizationView organization) {
        var issued = ronghe.access().commands().issue(ADMIN, new IssueTokenCommand(organization.id(), Role.READER, null));
        var auth = ronghe.access().queries().authenticate(issued.secret());
        return new Caller(auth.actor(), auth.token(), "reader");
    }

    /** A Ximen meeting of the mechanism starting at the instant, scheduled by the ADMIN. */
    MeetingId schedule(MeetingMechanism mechanism, Instant start) {
        return ronghe.meetings().commands().schedule(ADMIN, new ScheduleMeetingCommand(mechanism, "西门议事会",
                ximen.id(), new Slot(start, start.plusSeconds(3600), "西门党群服务站"), Set.of())).meeting().id();
    }

    /** A Ximen meeting held at the instant, with one resolution per problem raised (numbered 1, 2, …). */
    MeetingId heldWithResolutions(MeetingMechanism mechanism, Instant start, String... problems) {
        var id = schedule(mechanism, start);
        long version = 1;
        for (String problem : problems) {
            ronghe.meetings().commands().change(ADMIN, new MeetingChange.RaiseItem(id, version++, department.id(), problem,
                    null));
        }
        ronghe.meetings().commands().change(ADMIN, new MeetingChange.Hold(id, version++, Set.of(town.id()), "纪要"));
        for (int item = 1; item <= problems.length; item++) {
            ronghe.meetings().commands().change(ADMIN, new MeetingChange.Resolve(id, version++, item, "决议" + item));
        }
        return id;
    }

    /** A task of the resolution, assigned on {@code createdOn}, due on {@code dueOn}. */
    TaskId task(MeetingId meeting, int resolution, OrganizationView assignee, LocalDate createdOn, LocalDate dueOn) {
        return ronghe.tasks().commands().create(ADMIN, new CreateTaskCommand(meeting, resolution, null, assignee.id(),
                Set.of(), dueOn, createdOn)).task().id();
    }

    /** The task marked done by its assignee's operator and verified by the town (the Ximen LEAD) on the day. */
    void closeLoop(TaskId task, OrganizationView assignee, LocalDate verifiedOn) {
        ronghe.tasks().commands().change(operatorOf(assignee), new TaskChange.MarkDone(task, 1, verifiedOn));
        ronghe.tasks().commands().change(operatorOf(town), new TaskChange.Verify(task, 2, verifiedOn));
    }

    List<AuditEntry> auditOf(Object aggregateId) {
        return memory.auditOf(aggregateId.toString());
    }

    /** The one audit entry the event left on the aggregate (entries written in the same instant come in no set order). */
    AuditEntry audited(Object aggregateId, String eventType) {
        var found = auditOf(aggregateId).stream().filter(e -> e.eventType().equals(eventType)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + eventType + " entry on " + aggregateId + ", found " + found);
        }
        return found.get(0);
    }

    int auditEntries() {
        return memory.auditEntries();
    }

    @Override
    public void close() {
        memory.close();
    }
}
