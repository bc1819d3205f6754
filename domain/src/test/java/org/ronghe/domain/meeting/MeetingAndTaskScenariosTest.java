package org.ronghe.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.task.FollowUpTask;
import org.ronghe.domain.task.TaskId;
import org.ronghe.domain.task.TaskLifecycleException;
import org.ronghe.domain.task.TaskStatus;

@DisplayName("Deliberation meetings turn problems into resolutions and resolutions into verified work")
class MeetingAndTaskScenariosTest {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private static final Instant START = Instant.parse("2022-09-01T01:00:00Z");
    private final OrganizationId town = new OrganizationId(UUID.randomUUID());
    private final OrganizationId department = new OrganizationId(UUID.randomUUID());
    private final CommitteeId ximen = new CommitteeId(UUID.randomUUID());

    /** A meeting of the same committee a month after {@link #deliberation()}. */
    private Meeting later() {
        return Meeting.schedule(new MeetingId(UUID.randomUUID()), MeetingMechanism.SPECIAL_DELIBERATION,
                "西门片区停车难专项议事会（续）", ximen, new Slot(START.plusSeconds(30 * 86_400L),
                        START.plusSeconds(30 * 86_400L + 7200), "西门片区党群服务站"), Set.of(town, department), NOW).meeting();
    }

    private Meeting deliberation() {
        return Meeting.schedule(new MeetingId(UUID.randomUUID()), MeetingMechanism.SPECIAL_DELIBERATION,
                "西门片区停车难专项议事会", ximen, new Slot(START, START.plusSeconds(7200), "西门片区党群服务站"),
                Set.of(town, department), NOW).meeting();
    }

    @Test
    void a_problem_is_raised_deliberated_resolved_and_the_minutes_approved() {
        var meeting = deliberation();
        meeting.raise(town, "老街停车难", null, NOW);
        meeting.hold(Set.of(town, department), "议定错时共享停车", NOW);
        var resolution = meeting.resolve(1, "区交通委牵头开放错时共享车位", NOW);
        meeting.approveMinutes(NOW);

        assertThat(resolution.resolution()).isEqualTo(1);
        assertThat(meeting.status()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
        assertThatThrownBy(() -> meeting.resolve(1, "晚了", NOW)).isInstanceOf(MeetingLifecycleException.class);
    }

    @Test
    void rescheduling_keeps_the_history_and_only_scheduled_meetings_move_or_are_cancelled() {
        var meeting = deliberation();
        meeting.reschedule(new Slot(START.plusSeconds(86_400), START.plusSeconds(90_000), "嘉定镇街道会议室"), "台风", NOW);

        assertThat(meeting.state().earlierSlots()).hasSize(1);
        meeting.hold(Set.of(town), "纪要", NOW);
        assertThatThrownBy(() -> meeting.cancel("太晚", NOW)).isInstanceOf(MeetingLifecycleException.class);
        assertThatThrownBy(() -> new Slot(START, START, "x")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_item_not_dealt_with_is_carried_to_a_later_meeting_and_keeps_its_origin_and_its_raiser() {
        var first = deliberation();
        first.raise(town, "河道保洁", "committee:" + ximen, NOW);
        first.hold(Set.of(town), "时间不够", NOW);
        var second = later();

        var carried = first.carryOver(1, second, null, null, NOW);

        var item = second.state().agenda().get(0);
        assertThat(item.carriedFrom()).isEqualTo(first.getId());
        assertThat(item.carriedFromItem()).isEqualTo(1);
        assertThat(item.raisedBy()).isEqualTo(town);
        assertThat(item.problem()).isEqualTo("河道保洁");
        assertThat(item.link()).isEqualTo("committee:" + ximen);
        assertThat(first.state().agenda().get(0).carriedOn()).isTrue();
        assertThat(carried.carried()).isEqualTo(new AgendaItemCarriedOn(first.getId(), 1, second.getId(), NOW));
        assertThat(carried.raised()).isEqualTo(new AgendaItemRaised(second.getId(), 1, town, first.getId(), NOW));
    }

    @Test
    void a_short_board_problem_the_cases_raised_is_put_on_the_agenda_by_its_link_and_another_kind_is_refused() {
        var meeting = later();
        String problem = "short-board:" + java.util.UUID.randomUUID();
        meeting.raise(town, "NX-V001 村居网格 30 天内发生消防通道堵塞案件 5 起", problem, NOW);
        assertThat(meeting.state().agenda().get(0).link()).isEqualTo(problem);
        assertThatThrownBy(() -> meeting.raise(town, "某案件", "case:" + java.util.UUID.randomUUID(), NOW))
                .isInstanceOf(org.ronghe.domain.shared.InvalidValueException.class)
                .hasMessageContaining("short-board:<id>");
    }

    @Test
    void a_carried_item_may_restate_its_problem_and_link() {
        var first = deliberation();
        first.raise(town, "河道保洁", null, NOW);
        first.cancel("台风", NOW);
        var second = later();

        first.carryOver(1, second, "河道保洁（汛期）", "committee:" + ximen, NOW);

        assertThat(second.state().agenda().get(0).problem()).isEqualTo("河道保洁（汛期）");
        assertThat(second.state().agenda().get(0).link()).isEqualTo("committee:" + ximen);
    }

    @Test
    void an_item_is_carried_on_once_and_only_when_it_was_not_resolved() {
        var first = deliberation();
        first.raise(town, "河道保洁", null, NOW);
        first.raise(department, "夜间施工扰民", null, NOW);
        first.hold(Set.of(town), "纪要", NOW);
        first.resolve(2, "限时整改", NOW);
        first.carryOver(1, later(), null, null, NOW);

        assertThatThrownBy(() -> first.carryOver(1, later(), null, null, NOW))
                .isInstanceOf(MeetingLifecycleException.class);
        assertThatThrownBy(() -> first.carryOver(2, later(), null, null, NOW))
                .isInstanceOf(MeetingLifecycleException.class);
        assertThatThrownBy(() -> first.carryOver(3, later(), null, null, NOW))
                .isInstanceOf(UnknownAgendaItemException.class);
    }

    @Test
    void an_item_is_carried_on_only_after_its_meeting_and_only_to_a_meeting_still_to_come() {
        var scheduled = deliberation();
        scheduled.raise(town, "河道保洁", null, NOW);
        var held = deliberation();
        held.raise(town, "河道保洁", null, NOW);
        held.hold(Set.of(town), "纪要", NOW);
        var alsoHeld = later();
        alsoHeld.hold(Set.of(town), "纪要", NOW);

        assertThatThrownBy(() -> scheduled.carryOver(1, later(), null, null, NOW))
                .isInstanceOf(MeetingLifecycleException.class);
        assertThatThrownBy(() -> held.carryOver(1, alsoHeld, null, null, NOW))
                .isInstanceOf(MeetingLifecycleException.class);
        assertThat(held.state().agenda().get(0).carriedOn()).as("a refused carry leaves the origin as it was").isFalse();
    }

    @Test
    void a_committees_problem_stays_on_its_own_agenda_another_committee_raises_it_anew() {
        var first = deliberation();
        first.raise(town, "河道保洁", null, NOW);
        first.hold(Set.of(town), "纪要", NOW);
        var otherCommittees = Meeting.schedule(new MeetingId(UUID.randomUUID()), MeetingMechanism.SPECIAL_DELIBERATION,
                "远香文化源专项议事会", new CommitteeId(UUID.randomUUID()), new Slot(START, START.plusSeconds(7200), "会议室"),
                Set.of(town), NOW).meeting();

        assertThatThrownBy(() -> first.carryOver(1, otherCommittees, null, null, NOW))
                .isInstanceOf(CarryOverException.class).hasMessageContaining("same committee");
        assertThatThrownBy(() -> first.carryOver(1, first, null, null, NOW)).isInstanceOf(CarryOverException.class);
        assertThatThrownBy(() -> first.carryOver(1, deliberation(), null, null, NOW))
                .as("a meeting at the same time is no later one").isInstanceOf(CarryOverException.class)
                .hasMessageContaining("later");
        assertThat(first.state().agenda().get(0).carriedOn()).isFalse();
        assertThat(otherCommittees.state().agenda()).isEmpty();
    }

    @Test
    void a_task_goes_open_in_progress_done_verified_and_is_overdue_only_while_pending() {
        var task = FollowUpTask.create(new TaskId(UUID.randomUUID()), new MeetingId(UUID.randomUUID()), 1, ximen,
                MeetingMechanism.SPECIAL_DELIBERATION, "开放错时共享车位", department, Set.of(town),
                LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 31), NOW).task();

        assertThat(task.isOverdueOn(LocalDate.of(2023, 1, 1))).isTrue();
        assertThat(task.daysLateOn(LocalDate.of(2023, 1, 10))).isEqualTo(10);
        assertThatThrownBy(() -> task.verify(LocalDate.of(2022, 10, 1), NOW)).isInstanceOf(TaskLifecycleException.class);
        task.noteProgress(department, "已排查车位", LocalDate.of(2022, 10, 1), NOW);
        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        task.markDone(LocalDate.of(2023, 1, 5), NOW);
        assertThat(task.isOverdueOn(LocalDate.of(2023, 2, 1))).isFalse();
        task.verify(LocalDate.of(2023, 1, 10), NOW);
        assertThat(task.status()).isEqualTo(TaskStatus.VERIFIED);
    }

    @Test
    void a_verified_task_can_be_reopened_with_a_reason_and_then_needs_work_again() {
        var task = FollowUpTask.create(new TaskId(UUID.randomUUID()), new MeetingId(UUID.randomUUID()), 1, ximen,
                MeetingMechanism.ROUTINE_LIAISON, "整改", department, Set.of(), LocalDate.of(2022, 9, 1),
                LocalDate.of(2022, 10, 1), NOW).task();
        task.markDone(LocalDate.of(2022, 9, 20), NOW);
        task.verify(LocalDate.of(2022, 9, 25), NOW);

        assertThatThrownBy(() -> task.reopen(" ", LocalDate.of(2022, 11, 1), NOW)).isInstanceOf(InvalidValueException.class);
        task.reopen("群众反映反弹", LocalDate.of(2022, 11, 1), NOW);
        assertThat(task.status()).isEqualTo(TaskStatus.REOPENED);
        assertThat(task.isOverdueOn(LocalDate.of(2022, 11, 2))).isTrue();
    }

    @Test
    void marking_a_task_done_and_reopening_it_say_which_state_it_left() {
        var task = FollowUpTask.create(new TaskId(UUID.randomUUID()), new MeetingId(UUID.randomUUID()), 1, ximen,
                MeetingMechanism.SPECIAL_DELIBERATION, "开放错时共享车位", department, Set.of(),
                LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 31), NOW).task();
        task.noteProgress(department, "已排查", LocalDate.of(2022, 10, 1), NOW);

        assertThat(task.markDone(LocalDate.of(2022, 11, 1), NOW).previous()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.reopen("未完成", LocalDate.of(2022, 11, 2), NOW).previous()).isEqualTo(TaskStatus.DONE);
        assertThat(task.markDone(LocalDate.of(2022, 11, 3), NOW).previous()).isEqualTo(TaskStatus.REOPENED);
    }

    @Test
    void a_resolution_or_an_agenda_item_that_is_not_there_is_an_unknown_reference_naming_its_field() {
        var meeting = deliberation();
        meeting.raise(town, "老街停车难", null, NOW);
        meeting.hold(Set.of(town), "纪要", NOW);

        assertThatThrownBy(() -> meeting.resolution(1)).isInstanceOf(UnknownResolutionException.class)
                .satisfies(e -> assertThat(((UnknownResolutionException) e).field()).isEqualTo("resolution"));
        assertThatThrownBy(() -> meeting.resolve(2, "无此议题", NOW)).isInstanceOf(UnknownAgendaItemException.class)
                .satisfies(e -> assertThat(((UnknownAgendaItemException) e).field()).isEqualTo("agendaItem"));
    }

    @Test
    void an_item_carried_on_to_a_later_meeting_is_resolved_there_not_where_it_was_raised() {
        var first = deliberation();
        first.raise(town, "河道保洁", null, NOW);
        first.hold(Set.of(town), "时间不够", NOW);
        first.carryOver(1, later(), null, null, NOW);

        assertThatThrownBy(() -> first.resolve(1, "限期整改", NOW)).isInstanceOf(MeetingLifecycleException.class)
                .hasMessageContaining("carried on");
        assertThat(first.state().resolutions()).isEmpty();
    }
}
