package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ronghe.application.Ronghe;
import org.ronghe.application.meeting.port.in.MeetingChange;
import org.ronghe.application.meeting.port.in.MeetingQueries.MeetingCount;
import org.ronghe.application.task.port.in.TaskQueries.Closure;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.task.port.in.TaskQueries;
import org.ronghe.application.task.port.in.TaskView;
import org.ronghe.domain.access.Verifier;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.task.TaskId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The closed-loop views over Ximen's meetings and tasks: closure figures, meetings held per month, overdue lists. */
class MeetingQueriesUseCasesTest {

    private static final LocalDate TODAY = ClosedLoopScene.TODAY;
    private static final Instant SEPTEMBER = Instant.parse("2022-09-01T01:00:00Z");
    private static final Instant OCTOBER = Instant.parse("2022-10-10T01:00:00Z");

    private final ClosedLoopScene scene = new ClosedLoopScene();
    private final Ronghe ronghe = scene.ronghe;

    @AfterEach
    void close() {
        scene.close();
    }

    private record Loop(MeetingId deliberation, MeetingId liaison, TaskId parking, TaskId river, TaskId lighting,
            TaskId signage) {
    }

    /**
     * A deliberation in September with three resolutions and a liaison in October with one: the department
     * closes two tasks in 10 and 20 days, the regional unit one in 30 days and leaves another open past its due day.
     */
    private Loop aYearOfWork() {
        var deliberation = scene.heldWithResolutions(MeetingMechanism.SPECIAL_DELIBERATION, SEPTEMBER, "停车难", "河道保洁",
                "路灯");
        var liaison = scene.heldWithResolutions(MeetingMechanism.ROUTINE_LIAISON, OCTOBER, "指示牌");
        var parking = scene.task(deliberation, 1, scene.department, LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 31));
        var river = scene.task(deliberation, 2, scene.department, LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 31));
        var lighting = scene.task(deliberation, 3, scene.unit, LocalDate.of(2022, 9, 2), LocalDate.of(2023, 1, 31));
        var signage = scene.task(liaison, 1, scene.unit, LocalDate.of(2022, 10, 10), LocalDate.of(2023, 6, 30));
        scene.closeLoop(river, scene.department, LocalDate.of(2022, 9, 21));
        scene.closeLoop(signage, scene.unit, LocalDate.of(2022, 11, 9));
        scene.closeLoop(parking, scene.department, LocalDate.of(2022, 9, 11));
        return new Loop(deliberation, liaison, parking, river, lighting, signage);
    }

    private static Closure closureOf(List<Closure> all, String dimension, String key) {
        return all.stream().filter(c -> c.dimension().equals(dimension) && c.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no closure for " + dimension + " " + key + " in " + all));
    }

    @Test
    void the_closure_rate_per_committee_counts_verified_tasks_their_median_days_and_those_overdue_today() {
        aYearOfWork();

        var closure = ronghe.tasks().queries().closure(null);

        assertThat(closure).filteredOn(c -> c.dimension().equals("committee")).containsExactly(
                new Closure("committee", scene.ximen.id().toString(), scene.ximen.name(), 4, 3, 0.75, 20.0, 1));
    }

    @Test
    void per_mechanism_an_even_number_of_verified_tasks_takes_the_mean_of_the_middle_two_days() {
        aYearOfWork();

        var closure = ronghe.tasks().queries().closure(null);

        var deliberation = closureOf(closure, "mechanism", "SPECIAL_DELIBERATION");
        assertThat(deliberation.tasks()).isEqualTo(3);
        assertThat(deliberation.verified()).isEqualTo(2);
        assertThat(deliberation.closureRate()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(deliberation.medianDaysToVerify()).as("10 and 20 days").isEqualTo(15.0);
        assertThat(deliberation.overdue()).isEqualTo(1);
        assertThat(closureOf(closure, "mechanism", "ROUTINE_LIAISON"))
                .isEqualTo(new Closure("mechanism", "ROUTINE_LIAISON", "ROUTINE_LIAISON", 1, 1, 1.0, 30.0, 0));
        assertThat(closure).extracting(Closure::dimension).containsExactly("committee", "mechanism", "mechanism",
                "assignee", "assignee");
    }

    @Test
    void per_assignee_the_figures_are_the_assignees_own() {
        aYearOfWork();

        var closure = ronghe.tasks().queries().closure(null);

        assertThat(closureOf(closure, "assignee", scene.department.id().toString()))
                .isEqualTo(new Closure("assignee", scene.department.id().toString(), "区交通委党组", 2, 2, 1.0, 15.0, 0));
        assertThat(closureOf(closure, "assignee", scene.unit.id().toString()))
                .isEqualTo(new Closure("assignee", scene.unit.id().toString(), "某研究院", 2, 1, 0.5, 30.0, 1));
    }

    @Test
    void closure_judges_overdue_on_the_day_asked_and_a_group_without_verified_tasks_has_no_median() {
        var deliberation = scene.heldWithResolutions(MeetingMechanism.SPECIAL_DELIBERATION, SEPTEMBER, "停车难");
        scene.task(deliberation, 1, scene.unit, LocalDate.of(2022, 9, 2), LocalDate.of(2023, 1, 31));

        assertThat(ronghe.tasks().queries().closure(LocalDate.of(2023, 1, 31))).filteredOn(c -> c.dimension()
                .equals("committee")).containsExactly(new Closure("committee", scene.ximen.id().toString(), scene.ximen.name(), 1, 0, 0.0,
                        null, 0));
        assertThat(ronghe.tasks().queries().closure(LocalDate.of(2023, 2, 1))).filteredOn(c -> c.dimension()
                .equals("committee")).singleElement().satisfies(c -> assertThat(c.overdue()).isEqualTo(1));
    }

    @Test
    void meetings_are_counted_per_mechanism_and_city_month_once_held_never_while_scheduled_or_cancelled() {
        scene.heldWithResolutions(MeetingMechanism.SPECIAL_DELIBERATION, SEPTEMBER, "停车难");
        scene.heldWithResolutions(MeetingMechanism.SPECIAL_DELIBERATION, SEPTEMBER.plusSeconds(7 * 86_400), "河道");
        // 01:30 on 1 October in Shanghai, still 30 September in UTC
        var approved = scene.heldWithResolutions(MeetingMechanism.SPECIAL_DELIBERATION,
                Instant.parse("2022-09-30T17:30:00Z"), "路灯");
        var approvedVersion = ronghe.meetings().queries().meeting(approved).meeting().version();
        ronghe.meetings().commands().change(ClosedLoopScene.ADMIN, new MeetingChange.ApproveMinutes(approved,
                approvedVersion));
        scene.heldWithResolutions(MeetingMechanism.ROUTINE_LIAISON, OCTOBER, "指示牌");
        scene.schedule(MeetingMechanism.ROUTINE_LIAISON, OCTOBER.plusSeconds(86_400));
        var cancelled = scene.schedule(MeetingMechanism.COMPREHENSIVE_JOINT, OCTOBER);
        ronghe.meetings().commands().change(ClosedLoopScene.ADMIN, new MeetingChange.Cancel(cancelled, 1, "改期"));

        assertThat(ronghe.meetings().queries().meetingsPerMechanism()).containsExactly(
                new MeetingCount(MeetingMechanism.ROUTINE_LIAISON, "2022-10", 1),
                new MeetingCount(MeetingMechanism.SPECIAL_DELIBERATION, "2022-09", 2),
                new MeetingCount(MeetingMechanism.SPECIAL_DELIBERATION, "2022-10", 1));
    }

    @Test
    void overdue_tasks_are_listed_by_due_day_with_their_days_late_on_the_day_asked() {
        var loop = aYearOfWork();
        var late = scene.task(loop.liaison(), 1, scene.department, LocalDate.of(2022, 10, 10),
                LocalDate.of(2022, 12, 15));

        var today = ronghe.tasks().queries().overdueTasks(scene.ximen.id(), null, PageRequest.first());

        assertThat(today.items()).extracting(t -> t.task().id()).containsExactly(late, loop.lighting());
        assertThat(today.items()).extracting(TaskView::daysLate).containsExactly(110L, 63L);
        assertThat(today.items()).allSatisfy(t -> assertThat(t.asOf()).isEqualTo(TODAY));
        var newYear = ronghe.tasks().queries().overdueTasks(null, LocalDate.of(2023, 1, 1), PageRequest.first());
        assertThat(newYear.items()).singleElement().satisfies(t -> {
            assertThat(t.task().id()).isEqualTo(late);
            assertThat(t.daysLate()).isEqualTo(17);
        });
        assertThat(ronghe.tasks().queries().overdueTasks(scene.promotion.id(), null, PageRequest.first()).items())
                .as("the promotion committee hosted none of them").isEmpty();
    }

    @Test
    void a_task_is_read_as_of_a_day_and_an_unknown_task_or_meeting_is_not_found() {
        var loop = aYearOfWork();

        var before = ronghe.tasks().queries().task(loop.lighting(), LocalDate.of(2023, 1, 31));
        var after = ronghe.tasks().queries().task(loop.lighting(), null);

        assertThat(before.overdue()).isFalse();
        assertThat(after.overdue()).isTrue();
        assertThat(after.daysLate()).isEqualTo(63);
        assertThat(after.asOf()).isEqualTo(TODAY);
        var unknownTask = new TaskId(UUID.randomUUID());
        assertThatThrownBy(() -> ronghe.tasks().queries().task(unknownTask, null))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> ronghe.tasks().queries().verifier(unknownTask))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> ronghe.meetings().queries().meeting(new MeetingId(UUID.randomUUID())))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void the_verifier_of_a_departments_task_is_the_town_leading_ximen() {
        var loop = aYearOfWork();

        assertThat(ronghe.tasks().queries().verifier(loop.lighting()))
                .isEqualTo(new Verifier.LeadOf(scene.ximen.id(), scene.town.id()));
    }

    @Test
    void meetings_are_listed_by_criteria_each_with_its_closed_resolutions() {
        var loop = aYearOfWork();

        var deliberations = ronghe.meetings().queries().meetings(new MeetingCriteria(scene.ximen.id(),
                MeetingMechanism.SPECIAL_DELIBERATION, null, null, null), PageRequest.first());

        assertThat(deliberations.items()).singleElement().satisfies(m -> {
            assertThat(m.meeting().id()).isEqualTo(loop.deliberation());
            assertThat(m.closedResolutions()).containsExactlyInAnyOrder(1, 2);
        });
        assertThat(ronghe.meetings().queries().meetings(MeetingCriteria.all(), PageRequest.first()).totalItems())
                .isEqualTo(2);
    }
}
