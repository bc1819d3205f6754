package org.ronghe.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;

@DisplayName("A follow-up task closes the loop: created from a resolution, worked on, done, verified or reopened")
class FollowUpTaskScenariosTest {

    private static final Instant NOW = Instant.parse("2022-09-01T02:00:00Z");
    private static final LocalDate CREATED = LocalDate.of(2022, 9, 1);
    private static final LocalDate DUE = LocalDate.of(2022, 12, 31);
    private final TaskId id = new TaskId(UUID.randomUUID());
    private final MeetingId meeting = new MeetingId(UUID.randomUUID());
    private final CommitteeId ximen = new CommitteeId(UUID.randomUUID());
    private final OrganizationId transport = new OrganizationId(UUID.randomUUID());
    private final OrganizationId town = new OrganizationId(UUID.randomUUID());

    private FollowUpTask.Creation createSharedParkingTask() {
        return FollowUpTask.create(id, meeting, 1, ximen, MeetingMechanism.SPECIAL_DELIBERATION, " 开放错时共享车位 ",
                transport, Set.of(town), CREATED, DUE, NOW);
    }

    private FollowUpTask task() {
        return createSharedParkingTask().task();
    }

    /** The task as created, with the status and dates a step gave it. */
    private FollowUpTask.State stateOf(TaskStatus status, List<ProgressNote> notes, LocalDate doneOn,
            LocalDate verifiedOn, String reopenReason) {
        return new FollowUpTask.State(id, meeting, 1, ximen, MeetingMechanism.SPECIAL_DELIBERATION, "开放错时共享车位",
                transport, Set.of(town), CREATED, DUE, status, notes, doneOn, verifiedOn, reopenReason, 0);
    }

    @Nested
    @DisplayName("Creation")
    class Creation {

        @Test
        void a_task_is_born_open_from_a_resolution_with_its_assignee_co_assignees_and_due_day() {
            var creation = createSharedParkingTask();
            var task = creation.task();

            assertThat(creation.event()).isEqualTo(new TaskCreated(id, meeting, 1, transport, DUE, NOW));
            assertThat(task.state()).isEqualTo(stateOf(TaskStatus.OPEN, List.of(), null, null, null));
            assertThat(task.getId()).isEqualTo(id);
            assertThat(task.hostCommittee()).isEqualTo(ximen);
            assertThat(task.assignee()).isEqualTo(transport);
            assertThat(task.dueOn()).isEqualTo(DUE);
            assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
            assertThat(task.version()).isZero();
        }

        @Test
        void a_task_may_be_due_on_the_very_day_it_is_created() {
            var task = FollowUpTask.create(id, meeting, 1, ximen, MeetingMechanism.ROUTINE_LIAISON, "当日整改", transport,
                    null, CREATED, CREATED, NOW).task();

            assertThat(task.dueOn()).isEqualTo(CREATED);
            assertThat(task.state().coAssignees()).as("no co-assignees named is none").isEmpty();
        }

        @Test
        void a_task_due_the_day_before_it_is_created_is_refused_naming_the_due_day() {
            assertThatThrownBy(() -> FollowUpTask.create(id, meeting, 1, ximen, MeetingMechanism.ROUTINE_LIAISON, "整改",
                    transport, Set.of(), CREATED, CREATED.minusDays(1), NOW))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                            .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("dueOn")));
        }

        @Test
        void the_assignee_is_not_its_own_co_assignee() {
            assertThatThrownBy(() -> FollowUpTask.create(id, meeting, 1, ximen, MeetingMechanism.ROUTINE_LIAISON, "整改",
                    transport, Set.of(town, transport), CREATED, DUE, NOW))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                            .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("coAssignees")));
        }

        @Test
        void a_task_concerns_its_assignee_and_its_co_assignees_only() {
            var task = task();

            assertThat(task.concerns(transport)).isTrue();
            assertThat(task.concerns(town)).isTrue();
            assertThat(task.concerns(new OrganizationId(UUID.randomUUID()))).isFalse();
        }
    }

    @Nested
    @DisplayName("Progress")
    class Progress {

        @Test
        void noting_progress_on_an_open_task_puts_it_in_progress_and_keeps_the_note() {
            var task = task();
            var day = LocalDate.of(2022, 10, 1);

            var noted = task.noteProgress(transport, "已排查车位", day, NOW);

            assertThat(noted).isEqualTo(new TaskProgressNoted(id, TaskStatus.IN_PROGRESS, day, NOW));
            assertThat(task.state()).isEqualTo(stateOf(TaskStatus.IN_PROGRESS,
                    List.of(new ProgressNote(transport, "已排查车位", day)), null, null, null));
        }

        @Test
        void progress_notes_are_appended_in_the_order_they_were_noted() {
            var task = task();
            task.noteProgress(transport, "已排查车位", LocalDate.of(2022, 10, 1), NOW);
            task.noteProgress(town, "已协调商户", LocalDate.of(2022, 10, 8), NOW);

            assertThat(task.state().notes()).containsExactly(
                    new ProgressNote(transport, "已排查车位", LocalDate.of(2022, 10, 1)),
                    new ProgressNote(town, "已协调商户", LocalDate.of(2022, 10, 8)));
        }

        @Test
        void no_progress_is_noted_on_a_done_task_and_the_task_stays_as_it_was() {
            var task = task();
            task.markDone(LocalDate.of(2022, 11, 1), NOW);
            var before = task.state();

            assertThatThrownBy(() -> task.noteProgress(transport, "补记", LocalDate.of(2022, 11, 2), NOW))
                    .isInstanceOfSatisfying(TaskLifecycleException.class,
                            e -> assertThat(e.code()).isEqualTo("task-lifecycle"));
            assertThat(task.state()).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("Closing the loop")
    class ClosingTheLoop {

        private final LocalDate doneOn = LocalDate.of(2022, 12, 20);
        private final LocalDate verifiedOn = LocalDate.of(2022, 12, 28);

        @Test
        void the_assignee_marks_an_open_task_done_on_a_day() {
            var task = task();

            assertThat(task.markDone(doneOn, NOW)).isEqualTo(new TaskDone(id, TaskStatus.OPEN, doneOn, NOW));
            assertThat(task.state()).isEqualTo(stateOf(TaskStatus.DONE, List.of(), doneOn, null, null));
        }

        @Test
        void a_done_task_is_not_marked_done_again() {
            var task = task();
            task.markDone(doneOn, NOW);
            var before = task.state();

            assertThatThrownBy(() -> task.markDone(doneOn.plusDays(1), NOW)).isInstanceOf(TaskLifecycleException.class);
            assertThat(task.state()).isEqualTo(before);
        }

        @Test
        void the_host_committee_verifies_a_done_task_and_the_loop_is_closed() {
            var task = task();
            task.markDone(doneOn, NOW);

            assertThat(task.verify(verifiedOn, NOW)).isEqualTo(new TaskVerified(id, verifiedOn, NOW));
            assertThat(task.state()).isEqualTo(stateOf(TaskStatus.VERIFIED, List.of(), doneOn, verifiedOn, null));
        }

        @Test
        void a_task_not_done_is_not_verified_and_stays_as_it_was() {
            var task = task();
            task.noteProgress(transport, "进行中", LocalDate.of(2022, 10, 1), NOW);
            var before = task.state();

            assertThatThrownBy(() -> task.verify(verifiedOn, NOW)).isInstanceOf(TaskLifecycleException.class)
                    .hasMessageContaining("IN_PROGRESS");
            assertThat(task.state()).isEqualTo(before);
        }

        @Test
        void a_verified_task_reopened_with_a_reason_forgets_its_done_and_verified_days() {
            var task = task();
            task.markDone(doneOn, NOW);
            task.verify(verifiedOn, NOW);
            var reopenedOn = LocalDate.of(2023, 1, 5);

            assertThat(task.reopen(" 群众反映反弹 ", reopenedOn, NOW))
                    .isEqualTo(new TaskReopened(id, TaskStatus.VERIFIED, "群众反映反弹", reopenedOn, NOW));
            assertThat(task.state()).isEqualTo(stateOf(TaskStatus.REOPENED, List.of(), null, null, "群众反映反弹"));
        }

        @Test
        void verifying_a_reopened_task_that_is_done_again_clears_the_reopen_reason() {
            var task = task();
            task.markDone(doneOn, NOW);
            task.reopen("未完成", doneOn.plusDays(1), NOW);
            task.markDone(doneOn.plusDays(3), NOW);
            task.verify(verifiedOn, NOW);

            assertThat(task.state().reopenReason()).isNull();
            assertThat(task.state().doneOn()).isEqualTo(doneOn.plusDays(3));
        }

        @Test
        void an_open_task_is_not_reopened_and_stays_as_it_was() {
            var task = task();
            var before = task.state();

            assertThatThrownBy(() -> task.reopen("无从谈起", CREATED, NOW)).isInstanceOf(TaskLifecycleException.class);
            assertThat(task.state()).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("Overdue, derived from the day asked")
    class Overdue {

        @Test
        void on_its_due_day_a_task_is_not_yet_overdue_and_the_next_day_it_is_one_day_late() {
            var task = task();

            assertThat(task.isOverdueOn(DUE)).isFalse();
            assertThat(task.daysLateOn(DUE)).isZero();
            assertThat(task.isOverdueOn(DUE.plusDays(1))).isTrue();
            assertThat(task.daysLateOn(DUE.plusDays(1))).isEqualTo(1);
        }

        @Test
        void a_task_done_late_is_no_longer_overdue() {
            var task = task();
            task.markDone(DUE.plusDays(5), NOW);

            assertThat(task.isOverdueOn(DUE.plusDays(10))).isFalse();
            assertThat(task.daysLateOn(DUE.plusDays(10))).isZero();
        }
    }

    @Nested
    @DisplayName("Storing and restoring")
    class Storing {

        @Test
        void a_restored_task_is_the_state_it_was_stored_with() {
            var stored = stateOf(TaskStatus.DONE, List.of(new ProgressNote(transport, "已完成", DUE)), DUE, null, null);

            assertThat(FollowUpTask.restore(stored).state()).isEqualTo(stored);
        }

        @Test
        void a_state_read_without_notes_has_none() {
            var stored = new FollowUpTask.State(id, meeting, 1, ximen, MeetingMechanism.ROUTINE_LIAISON, "整改", transport,
                    null, CREATED, DUE, TaskStatus.OPEN, null, null, null, null, 3);

            assertThat(FollowUpTask.restore(stored).state().notes()).isEmpty();
            assertThat(FollowUpTask.restore(stored).state().coAssignees()).isEmpty();
        }

        @Test
        void the_stored_version_only_grows() {
            var task = task();

            assertThatThrownBy(() -> task.markStored(0)).isInstanceOf(IllegalArgumentException.class);
            task.markStored(1);
            assertThat(task.version()).isEqualTo(1);
            assertThat(task.state().version()).isEqualTo(1);
            assertThatThrownBy(() -> task.markStored(1)).isInstanceOf(IllegalArgumentException.class);
            assertThat(task.version()).isEqualTo(1);
        }
    }
}
