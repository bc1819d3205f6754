package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.ronghe.application.Ronghe;
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
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.meeting.Slot;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.task.TaskStatus;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The closed loop through the use cases, on the in-memory adapter: problem → resolution → task → verification. */
class MeetingUseCasesTest {

    private static final Caller ADMIN = Caller.system("meeting use cases");
    private static final Instant START = Instant.parse("2022-09-01T01:00:00Z");

    private final OnMemory memory = new OnMemory();
    private final Ronghe ronghe = memory.ronghe;
    private OrganizationView town;
    private OrganizationView department;
    private OrganizationView outsider;
    private CommitteeView committee;
    private OrganizationView district;
    private CommitteeView promotion;

    private OrganizationView register(String kind, String name, OrganizationView parent) {
        return memory.register(kind, name, parent);
    }

    private Caller operatorOf(OrganizationView organization) {
        return memory.operatorOf(organization);
    }

    @BeforeEach
    void ximen() {
        district = register("DISTRICT_PARTY_COMMITTEE", "区委", null);
        town = register("TOWN_PARTY_COMMITTEE", "嘉定镇街道党工委", district);
        department = register("DEPARTMENT_PARTY_BODY", "区交通委党组", district);
        outsider = register("DEPARTMENT_PARTY_BODY", "区水务局党组", district);
        var area = ronghe.areas().commands().define(ADMIN, new DefineAreaCommand(AreaLayout.AREA, BilingualName.of("西门", null),
                Set.of(town.id())));
        promotion = ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.DISTRICT_PROMOTION,
                BilingualName.of("推进委员会", null), null, null, LocalDate.of(2021, 1, 1)));
        committee = ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(CommitteeTier.AREA,
                BilingualName.of("西门融委会", null), null, area.id(), LocalDate.of(2022, 3, 1)));
        committee = ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(committee.id(), 1, town.id(),
                MembershipRole.LEAD, LocalDate.of(2022, 3, 1)));
        committee = ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(committee.id(), 2, department.id(),
                MembershipRole.COOPERATING, LocalDate.of(2022, 3, 1)));
    }

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void a_problem_becomes_a_resolution_a_task_and_verified_work_and_the_closure_rate_shows_it() {
        var lead = operatorOf(town);
        var member = operatorOf(department);
        var meeting = ronghe.meetings().commands().schedule(lead, new ScheduleMeetingCommand(
                MeetingMechanism.SPECIAL_DELIBERATION, "停车难专项议事会", committee.id(),
                new Slot(START, START.plusSeconds(7200), "西门党群服务站"), Set.of(department.id())));
        var id = meeting.meeting().id();
        ronghe.meetings().commands().change(member, new MeetingChange.RaiseItem(id, 1, null, "老街停车难", null));
        ronghe.meetings().commands().change(lead, new MeetingChange.Hold(id, 2, Set.of(town.id(), department.id()), "议定共享停车"));
        ronghe.meetings().commands().change(lead, new MeetingChange.Resolve(id, 3, 1, "区交通委开放错时共享车位"));
        var task = ronghe.tasks().commands().create(lead, new CreateTaskCommand(id, 1, null, department.id(), Set.of(),
                LocalDate.of(2023, 6, 30)));
        var taskId = task.task().id();
        ronghe.tasks().commands().change(member, new TaskChange.NoteProgress(taskId, 1, LocalDate.of(2023, 4, 1), "已排查"));
        ronghe.tasks().commands().change(member, new TaskChange.MarkDone(taskId, 2, LocalDate.of(2023, 4, 2)));
        assertThat(ronghe.meetings().queries().meeting(id).closedResolutions()).as("done is not yet closed").isEmpty();

        assertThatThrownBy(() -> ronghe.tasks().commands().change(member, new TaskChange.Verify(taskId, 3,
                LocalDate.of(2023, 4, 3)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ronghe.meetings().commands().change(operatorOf(outsider), new MeetingChange.RaiseItem(id, 4,
                null, "不是成员", null))).isInstanceOf(AccessDeniedException.class);
        var verified = ronghe.tasks().commands().change(lead, new TaskChange.Verify(taskId, 3, LocalDate.of(2023, 4, 3)));

        assertThat(verified.task().status()).isEqualTo(TaskStatus.VERIFIED);
        assertThat(ronghe.meetings().queries().meeting(id).closedResolutions()).as("its only task is verified")
                .containsExactly(1);
        assertThat(ronghe.tasks().queries().closure(null)).filteredOn(c -> c.dimension().equals("mechanism"))
                .singleElement().satisfies(c -> assertThat(c.closureRate()).isEqualTo(1.0));
        assertThat(ronghe.meetings().queries().meetingsPerMechanism()).singleElement()
                .satisfies(c -> assertThat(c.month()).isEqualTo("2022-09"));
    }

    /** A meeting held without time for the department's item, which is left to carry on (version 3). */
    private org.ronghe.domain.meeting.MeetingId heldWithItsItemLeftOver(Caller lead) {
        var held = scheduled(lead, committee.id());
        ronghe.meetings().commands().change(operatorOf(department), new MeetingChange.RaiseItem(held, 1, null, "河道保洁", null));
        ronghe.meetings().commands().change(lead, new MeetingChange.Hold(held, 2, Set.of(town.id()), "时间不够"));
        return held;
    }

    private org.ronghe.domain.meeting.MeetingId heldWithResolution(Caller lead) {
        var id = ronghe.meetings().commands().schedule(lead, new ScheduleMeetingCommand(MeetingMechanism.SPECIAL_DELIBERATION,
                "专项议事会", committee.id(), new Slot(START, START.plusSeconds(3600), "西门党群服务站"), Set.of()))
                .meeting().id();
        ronghe.meetings().commands().change(ADMIN, new MeetingChange.RaiseItem(id, 1, department.id(), "老街停车难", null));
        ronghe.meetings().commands().change(lead, new MeetingChange.Hold(id, 2, Set.of(town.id()), "纪要"));
        ronghe.meetings().commands().change(lead, new MeetingChange.Resolve(id, 3, 1, "开放共享车位"));
        return id;
    }

    @Test
    void a_task_recorded_afterwards_keeps_the_day_it_was_assigned_but_never_before_its_meeting_nor_in_the_future() {
        var lead = operatorOf(town);
        var id = heldWithResolution(lead);

        var recorded = ronghe.tasks().commands().create(lead, new CreateTaskCommand(id, 1, null, department.id(), Set.of(),
                LocalDate.of(2022, 12, 31), LocalDate.of(2022, 9, 2)));

        assertThat(recorded.task().createdOn()).isEqualTo(LocalDate.of(2022, 9, 2));
        assertThat(recorded.overdue()).as("due 2022-12-31, judged on the clock's day 2023-04-04").isTrue();
        assertThatThrownBy(() -> ronghe.tasks().commands().create(lead, new CreateTaskCommand(id, 1, null, department.id(),
                Set.of(), LocalDate.of(2022, 12, 31), LocalDate.of(2022, 8, 31))))
                .isInstanceOf(org.ronghe.domain.shared.InvalidValueException.class).hasMessageContaining("before its meeting");
        assertThatThrownBy(() -> ronghe.tasks().commands().create(lead, new CreateTaskCommand(id, 1, null, department.id(),
                Set.of(), LocalDate.of(2023, 12, 31), LocalDate.of(2023, 4, 5))))
                .isInstanceOf(org.ronghe.domain.shared.InvalidValueException.class).hasMessageContaining("future");
        assertThat(ronghe.tasks().queries().tasks(org.ronghe.domain.task.TaskCriteria.all(), null,
                org.ronghe.application.shared.port.PageRequest.first()).totalItems()).isEqualTo(1);
    }

    @Test
    void an_admin_raises_an_item_on_a_members_behalf_but_never_for_an_outsider() {
        var lead = operatorOf(town);
        var id = ronghe.meetings().commands().schedule(lead, new ScheduleMeetingCommand(MeetingMechanism.ROUTINE_LIAISON,
                "联络会", committee.id(), new Slot(START, START.plusSeconds(3600), "西门党群服务站"), Set.of())).meeting().id();

        assertThatThrownBy(() -> ronghe.meetings().commands().change(ADMIN, new MeetingChange.RaiseItem(id, 1, outsider.id(),
                "代为提出", null))).isInstanceOf(org.ronghe.domain.shared.InvalidValueException.class)
                .hasMessageContaining("not a member");
        var raised = ronghe.meetings().commands().change(ADMIN, new MeetingChange.RaiseItem(id, 1, department.id(), "代为提出",
                null));

        assertThat(raised.meeting().agenda()).singleElement().satisfies(i -> assertThat(i.raisedBy()).isEqualTo(
                department.id()));
    }

    private int meetingsScheduled;

    /** A meeting of the committee, each a week after the one scheduled before it. */
    private org.ronghe.domain.meeting.MeetingId scheduled(Caller lead, org.ronghe.domain.committee.CommitteeId host) {
        var start = START.plusSeconds(7 * 86_400L * meetingsScheduled++);
        return ronghe.meetings().commands().schedule(lead, new ScheduleMeetingCommand(MeetingMechanism.SPECIAL_DELIBERATION,
                "专项议事会", host, new Slot(start, start.plusSeconds(3600), "西门党群服务站"), Set.of())).meeting().id();
    }

    @Test
    void an_operator_raises_items_in_its_own_name_only_and_the_meeting_is_left_as_it_was() {
        var id = scheduled(operatorOf(town), committee.id());

        assertThatThrownBy(() -> ronghe.meetings().commands().change(operatorOf(department), new MeetingChange.RaiseItem(id, 1,
                town.id(), "冒名提出", null))).isInstanceOf(AccessDeniedException.class);
        var own = ronghe.meetings().commands().change(operatorOf(department), new MeetingChange.RaiseItem(id, 1,
                department.id(), "本单位提出", null));

        assertThat(own.meeting().version()).as("the refused raise wrote nothing").isEqualTo(2);
        assertThat(own.meeting().agenda()).singleElement().satisfies(i -> assertThat(i.raisedBy())
                .isEqualTo(department.id()));
    }

    @Test
    void an_item_carried_on_with_a_new_link_links_to_what_exists_and_a_link_to_nothing_leaves_both_meetings() {
        var lead = operatorOf(town);
        var first = heldWithItsItemLeftOver(lead);
        var second = scheduled(lead, committee.id());
        String nowhere = "project:" + java.util.UUID.randomUUID();

        assertThatThrownBy(() -> ronghe.meetings().commands().change(lead, new MeetingChange.CarryOver(second, 1, first,
                3, 1, null, nowhere))).isInstanceOf(org.ronghe.domain.shared.UnknownReferenceException.class);
        assertThat(ronghe.meetings().queries().meeting(first).meeting().version()).isEqualTo(3);
        assertThat(ronghe.meetings().queries().meeting(second).meeting().agenda()).isEmpty();

        var carried = ronghe.meetings().commands().change(lead, new MeetingChange.CarryOver(second, 1, first, 3, 1, null,
                "committee:" + committee.id()));
        assertThat(carried.meeting().agenda()).singleElement()
                .satisfies(i -> assertThat(i.link()).isEqualTo("committee:" + committee.id()));
    }

    @Test
    void the_lead_carries_an_item_on_and_both_meetings_are_written_versioned_and_audited() {
        var lead = operatorOf(town);
        var first = heldWithItsItemLeftOver(lead);
        var second = scheduled(lead, committee.id());
        int auditBefore = memory.auditEntries();

        var carried = ronghe.meetings().commands().change(lead, new MeetingChange.CarryOver(second, 1, first, 3, 1, null, null));

        assertThat(carried.meeting().agenda()).singleElement().satisfies(i -> {
            assertThat(i.raisedBy()).as("the item keeps its raiser").isEqualTo(department.id());
            assertThat(i.carriedFrom()).isEqualTo(first);
        });
        var origin = ronghe.meetings().queries().meeting(first).meeting();
        assertThat(origin.version()).isEqualTo(4);
        assertThat(origin.agenda().get(0).carriedOn()).isTrue();
        assertThat(memory.auditEntries() - auditBefore).as("one entry per meeting written").isEqualTo(2);
        assertThat(memory.auditOf(first.toString())).filteredOn(e -> e.eventType().equals("AgendaItemCarriedOn"))
                .singleElement().satisfies(e -> {
                    assertThat(e.actorOrganization()).isEqualTo(town.id().toString());
                    assertThat(e.changes()).singleElement().satisfies(c -> assertThat(c.newValue())
                            .isEqualTo("carried on to " + second));
                });
    }

    @Test
    void carrying_on_checks_the_version_read_of_the_earlier_meeting_and_its_committee() {
        var lead = operatorOf(town);
        var first = scheduled(lead, committee.id());
        ronghe.meetings().commands().change(lead, new MeetingChange.RaiseItem(first, 1, null, "河道保洁", null));
        ronghe.meetings().commands().change(lead, new MeetingChange.Hold(first, 2, Set.of(town.id()), "时间不够"));
        var second = scheduled(lead, committee.id());
        ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(promotion.id(), promotion.version(), district.id(),
                MembershipRole.LEAD, LocalDate.of(2021, 1, 1)));
        var othersMeeting = scheduled(ADMIN, promotion.id());

        assertThatThrownBy(() -> ronghe.meetings().commands().change(lead, new MeetingChange.CarryOver(second, 1, first, 2, 1,
                null, null))).isInstanceOf(org.ronghe.domain.shared.StaleVersionException.class);
        assertThatThrownBy(() -> ronghe.meetings().commands().change(ADMIN, new MeetingChange.CarryOver(othersMeeting, 1, first,
                3, 1, null, null))).isInstanceOf(org.ronghe.domain.meeting.CarryOverException.class);
        assertThatThrownBy(() -> ronghe.meetings().commands().change(operatorOf(department), new MeetingChange.CarryOver(second,
                1, first, 3, 1, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(ronghe.meetings().queries().meeting(first).meeting().version()).as("the earlier meeting is untouched")
                .isEqualTo(3);
        assertThat(ronghe.meetings().queries().meeting(first).meeting().agenda().get(0).carriedOn()).isFalse();
    }

    @Test
    void a_task_assigned_to_the_hosts_own_lead_is_verified_by_the_lead_of_the_committee_above() {
        var lead = operatorOf(town);
        var id = heldWithResolution(lead);
        var townsTask = ronghe.tasks().commands().create(lead, new CreateTaskCommand(id, 1, null, town.id(), Set.of(),
                LocalDate.of(2023, 6, 30))).task().id();
        ronghe.tasks().commands().change(lead, new TaskChange.MarkDone(townsTask, 1, LocalDate.of(2023, 4, 2)));
        ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(promotion.id(), 1, district.id(), MembershipRole.LEAD,
                LocalDate.of(2021, 1, 1)));

        assertThat(ronghe.tasks().queries().verifier(townsTask))
                .isEqualTo(new org.ronghe.domain.access.Verifier.LeadOf(promotion.id(), district.id()));
        assertThat(ronghe.tasks().queries().actions(lead, townsTask).any())
                .as("the town's page shows no button: it did the work").isFalse();
        assertThat(ronghe.tasks().queries().actions(operatorOf(district), townsTask))
                .as("the district's page shows verify and reopen")
                .isEqualTo(new org.ronghe.domain.access.TaskActions(false, false, true, true));
        assertThatThrownBy(() -> ronghe.tasks().commands().change(lead, new TaskChange.Verify(townsTask, 2,
                LocalDate.of(2023, 4, 3)))).isInstanceOf(AccessDeniedException.class);
        var verified = ronghe.tasks().commands().change(operatorOf(district), new TaskChange.Verify(townsTask, 2,
                LocalDate.of(2023, 4, 3)));

        assertThat(verified.task().status()).isEqualTo(TaskStatus.VERIFIED);
        assertThat(ronghe.tasks().queries().actions(operatorOf(district), townsTask))
                .isEqualTo(new org.ronghe.domain.access.TaskActions(false, false, false, true));
        assertThatThrownBy(() -> ronghe.tasks().queries().actions(lead, new org.ronghe.domain.task.TaskId(
                java.util.UUID.randomUUID()))).isInstanceOf(org.ronghe.domain.shared.AggregateNotFoundException.class);
    }

    @Test
    void when_the_leads_up_to_the_promotion_committee_all_work_on_a_task_the_district_admin_verifies_it() {
        var lead = operatorOf(town);
        var id = heldWithResolution(lead);
        ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(promotion.id(), 1, district.id(), MembershipRole.LEAD,
                LocalDate.of(2021, 1, 1)));
        var sharedTask = ronghe.tasks().commands().create(lead, new CreateTaskCommand(id, 1, null, town.id(),
                Set.of(district.id()), LocalDate.of(2023, 6, 30))).task().id();
        ronghe.tasks().commands().change(lead, new TaskChange.MarkDone(sharedTask, 1, LocalDate.of(2023, 4, 2)));

        assertThatThrownBy(() -> ronghe.tasks().commands().change(operatorOf(district), new TaskChange.Verify(sharedTask, 2,
                LocalDate.of(2023, 4, 3)))).isInstanceOf(AccessDeniedException.class);
        var verified = ronghe.tasks().commands().change(ADMIN, new TaskChange.Verify(sharedTask, 2, LocalDate.of(2023, 4, 3)));

        assertThat(verified.task().status()).isEqualTo(TaskStatus.VERIFIED);
        assertThat(verified.names()).as("the co-assignee named beside its id, as the assignee and the host are")
                .containsEntry(district.id().toString(), district.name())
                .containsEntry(town.id().toString(), town.name());
    }
}
