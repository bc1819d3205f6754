package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.ronghe.application.Ronghe;
import org.ronghe.application.meeting.port.in.MeetingChange;
import org.ronghe.application.meeting.port.in.ScheduleMeetingCommand;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.task.port.in.CreateTaskCommand;
import org.ronghe.application.task.port.in.TaskChange;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.meeting.Slot;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.FieldViolation;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.UnknownReferenceException;
import org.ronghe.domain.task.ProgressNote;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskId;
import org.ronghe.domain.task.TaskStatus;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who may convene, raise, assign and work on Ximen's meetings and tasks, what each request must name, and what is kept. */
class MeetingRulesUseCasesTest {

    private static final Instant START = Instant.parse("2022-09-01T01:00:00Z");
    private static final LocalDate DUE = LocalDate.of(2023, 6, 30);

    private final ClosedLoopScene scene = new ClosedLoopScene();
    private final Ronghe ronghe = scene.ronghe;

    @AfterEach
    void close() {
        scene.close();
    }

    private static Slot slot() {
        return new Slot(START, START.plusSeconds(3600), "西门党群服务站");
    }

    private static void refusedNaming(ThrowingCallable request, String... fields) {
        assertThatThrownBy(request).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(
                e.violations()).extracting(FieldViolation::field).containsExactly(fields));
    }

    private static OrganizationId unknownOrganization() {
        return new OrganizationId(UUID.randomUUID());
    }

    private long meetingCount() {
        return ronghe.meetings().queries().meetings(MeetingCriteria.all(), PageRequest.first()).totalItems();
    }

    private long taskCount() {
        return ronghe.tasks().queries().tasks(TaskCriteria.all(), null, PageRequest.first()).totalItems();
    }

    // --- what each request names ---

    @Test
    void a_meeting_is_scheduled_with_its_mechanism_host_and_slot_and_every_missing_one_is_named_at_once() {
        refusedNaming(() -> new ScheduleMeetingCommand(null, "议事会", null, null, Set.of()), "mechanism",
                "hostCommitteeId", "start");
        var uninvited = new ScheduleMeetingCommand(MeetingMechanism.ROUTINE_LIAISON, "联络会", scene.ximen.id(), slot(),
                null);
        assertThat(uninvited.invited()).isEmpty();
    }

    @Test
    void every_change_to_a_meeting_names_the_meeting_and_a_stored_version() {
        var id = new MeetingId(UUID.randomUUID());
        refusedNaming(() -> new MeetingChange.Reschedule(id, 0, slot(), "改期"), "expectedVersion");
        refusedNaming(() -> new MeetingChange.Reschedule(null, 1, slot(), "改期"), "id");
        refusedNaming(() -> new MeetingChange.Reschedule(id, 1, null, "改期"), "start");
        refusedNaming(() -> new MeetingChange.Cancel(id, 0, "取消"), "expectedVersion");
        refusedNaming(() -> new MeetingChange.RaiseItem(id, 0, null, "问题", null), "expectedVersion");
        refusedNaming(() -> new MeetingChange.CarryOver(id, 0, id, 1, 1, null, null), "expectedVersion");
        refusedNaming(() -> new MeetingChange.Hold(id, 0, Set.of(), "纪要"), "expectedVersion");
        refusedNaming(() -> new MeetingChange.Resolve(id, 0, 1, "决议"), "expectedVersion");
        refusedNaming(() -> new MeetingChange.ApproveMinutes(id, 0), "expectedVersion");
        assertThat(new MeetingChange.Hold(id, 1, null, "纪要").attended()).isEmpty();
    }

    @Test
    void carrying_an_item_on_names_the_earlier_meeting_the_version_read_of_it_and_the_item() {
        var to = new MeetingId(UUID.randomUUID());
        var from = new MeetingId(UUID.randomUUID());
        refusedNaming(() -> new MeetingChange.CarryOver(to, 1, null, 1, 1, null, null), "carriedFromMeetingId");
        refusedNaming(() -> new MeetingChange.CarryOver(to, 1, from, 0, 1, null, null), "carriedFromVersion");
        refusedNaming(() -> new MeetingChange.CarryOver(to, 1, from, 1, 0, null, null), "carriedFromItem");
        assertThatCode(() -> new MeetingChange.CarryOver(to, 1, from, 1, 1, null, null))
                .as("version 1 and item 1 are the first there are").doesNotThrowAnyException();
    }

    @Test
    void a_task_is_created_for_a_meeting_an_assignee_and_a_due_day_and_every_missing_one_is_named_at_once() {
        refusedNaming(() -> new CreateTaskCommand(null, 1, "任务", null, Set.of(), null), "meetingId", "assigneeId",
                "dueOn");
        var alone = new CreateTaskCommand(new MeetingId(UUID.randomUUID()), 1, null, scene.department.id(), null, DUE);
        assertThat(alone.coAssignees()).isEmpty();
        assertThat(alone.createdOn()).isNull();
    }

    @Test
    void every_change_to_a_task_names_the_task_a_stored_version_and_the_day() {
        var id = new TaskId(UUID.randomUUID());
        var day = LocalDate.of(2023, 4, 1);
        refusedNaming(() -> new TaskChange.NoteProgress(null, 1, day, "进展"), "id");
        refusedNaming(() -> new TaskChange.NoteProgress(id, 0, day, "进展"), "expectedVersion");
        refusedNaming(() -> new TaskChange.NoteProgress(id, 1, null, "进展"), "on");
        refusedNaming(() -> new TaskChange.MarkDone(id, 0, day), "expectedVersion");
        refusedNaming(() -> new TaskChange.Verify(id, 0, day), "expectedVersion");
        refusedNaming(() -> new TaskChange.Reopen(id, 0, day, "返工"), "expectedVersion");
    }

    // --- who convenes and what a meeting refers to ---

    @Test
    void only_the_lead_schedules_and_an_unknown_host_or_invitee_is_refused_naming_the_field() {
        var schedule = new ScheduleMeetingCommand(MeetingMechanism.SPECIAL_DELIBERATION, "议事会", scene.ximen.id(),
                slot(), Set.of(scene.unit.id()));

        assertThatThrownBy(() -> ronghe.meetings().commands().schedule(scene.operatorOf(scene.department), schedule))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ronghe.meetings().commands().schedule(ClosedLoopScene.ADMIN, new ScheduleMeetingCommand(
                MeetingMechanism.SPECIAL_DELIBERATION, "议事会", scene.ximen.id(), slot(), Set.of(unknownOrganization()))))
                .isInstanceOfSatisfying(UnknownReferenceException.class, e -> assertThat(e.field()).isEqualTo("invited"));
        assertThatThrownBy(() -> ronghe.meetings().commands().schedule(ClosedLoopScene.ADMIN, new ScheduleMeetingCommand(
                MeetingMechanism.SPECIAL_DELIBERATION, "议事会", new CommitteeId(UUID.randomUUID()), slot(), Set.of())))
                .isInstanceOfSatisfying(UnknownReferenceException.class,
                        e -> assertThat(e.field()).isEqualTo("hostCommitteeId"));
        assertThat(meetingCount()).as("no refused request kept a meeting").isZero();

        var scheduled = ronghe.meetings().commands().schedule(scene.operatorOf(scene.town), schedule);

        assertThat(scheduled.meeting().invited()).containsExactly(scene.unit.id());
        assertThat(scene.auditOf(scheduled.meeting().id())).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("MeetingScheduled");
            assertThat(e.aggregateType()).isEqualTo("meeting");
            assertThat(e.actorOrganization()).isEqualTo(scene.town.id().toString());
            assertThat(e.changes()).containsExactly(new FieldChange("status", null, "SCHEDULED"),
                    new FieldChange("mechanism", null, "SPECIAL_DELIBERATION"), new FieldChange("title", null, "议事会"),
                    new FieldChange("start", null, START.toString()));
        });
    }

    @Test
    void only_the_lead_holds_reschedules_resolves_and_cancels_and_attendance_names_known_organizations() {
        var id = scene.schedule(MeetingMechanism.SPECIAL_DELIBERATION, START);
        var member = scene.operatorOf(scene.department);

        assertThatThrownBy(() -> ronghe.meetings().commands().change(member, new MeetingChange.Hold(id, 1,
                Set.of(scene.town.id()), "纪要"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ronghe.meetings().commands().change(member, new MeetingChange.Cancel(id, 1, "取消")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ronghe.meetings().commands().change(ClosedLoopScene.ADMIN, new MeetingChange.Hold(id, 1,
                Set.of(scene.town.id(), unknownOrganization()), "纪要")))
                .isInstanceOfSatisfying(UnknownReferenceException.class, e -> assertThat(e.field()).isEqualTo("attended"));
        assertThatThrownBy(() -> ronghe.meetings().commands().change(ClosedLoopScene.ADMIN, new MeetingChange.Cancel(
                new MeetingId(UUID.randomUUID()), 1, "取消"))).isInstanceOf(AggregateNotFoundException.class);
        assertThat(ronghe.meetings().queries().meeting(id).meeting().version()).isEqualTo(1);
        assertThat(scene.auditOf(id)).hasSize(1);

        var later = START.plusSeconds(86_400);
        var moved = ronghe.meetings().commands().change(scene.operatorOf(scene.town), new MeetingChange.Reschedule(id, 1,
                new Slot(later, later.plusSeconds(3600), "嘉定镇会议室"), "书记出差"));

        assertThat(moved.meeting().slot().start()).isEqualTo(later);
        assertThat(scene.auditOf(id)).filteredOn(e -> e.eventType().equals("MeetingRescheduled")).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsExactly(
                        new FieldChange("start", START.toString(), later.toString()),
                        new FieldChange("venue", "西门党群服务站", "嘉定镇会议室")));
        var cancelled = ronghe.meetings().commands().change(scene.operatorOf(scene.town), new MeetingChange.Cancel(id, 2,
                "台风"));
        assertThat(cancelled.meeting().cancelReason()).isEqualTo("台风");
        assertThat(scene.auditOf(id)).filteredOn(e -> e.eventType().equals("MeetingCancelled")).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsExactly(new FieldChange("status", "SCHEDULED",
                        "CANCELLED"), new FieldChange("reason", null, "台风")));
    }

    @Test
    void an_admin_raising_for_an_unregistered_organization_is_told_the_reference_is_unknown() {
        var id = scene.schedule(MeetingMechanism.ROUTINE_LIAISON, START);

        assertThatThrownBy(() -> ronghe.meetings().commands().change(ClosedLoopScene.ADMIN, new MeetingChange.RaiseItem(id, 1,
                unknownOrganization(), "代为提出", null))).isInstanceOfSatisfying(UnknownReferenceException.class,
                        e -> assertThat(e.field()).isEqualTo("raisedById"));
        assertThat(ronghe.meetings().queries().meeting(id).meeting().agenda()).isEmpty();
    }

    @Test
    void an_agenda_item_links_to_what_exists_and_a_link_to_nothing_is_refused_naming_it() {
        var id = scene.schedule(MeetingMechanism.ROUTINE_LIAISON, START);
        var host = ronghe.meetings().queries().meeting(id).meeting().host();

        for (String kind : new String[] {"project", "area", "committee", "short-board"}) {
            String nowhere = kind + ":" + java.util.UUID.randomUUID();
            assertThatThrownBy(() -> ronghe.meetings().commands().change(ClosedLoopScene.ADMIN,
                    new MeetingChange.RaiseItem(id, 1, scene.unit.id(), "关联不存在的对象", nowhere)))
                    .as(nowhere).isInstanceOfSatisfying(UnknownReferenceException.class,
                            e -> assertThat(e.field()).isEqualTo("link"));
        }
        assertThat(ronghe.meetings().queries().meeting(id).meeting().agenda()).isEmpty();

        var raised = ronghe.meetings().commands().change(ClosedLoopScene.ADMIN, new MeetingChange.RaiseItem(id, 1,
                scene.unit.id(), "本委员会的议题", "committee:" + host));
        assertThat(raised.meeting().agenda()).singleElement()
                .satisfies(item -> assertThat(item.link()).isEqualTo("committee:" + host));
    }

    @Test
    void held_resolved_and_approved_a_meeting_leaves_one_audit_entry_per_step_and_shows_its_closed_resolutions() {
        var id = scene.heldWithResolutions(MeetingMechanism.SPECIAL_DELIBERATION, START, "停车难");
        var task = scene.task(id, 1, scene.department, LocalDate.of(2022, 9, 2), DUE);
        scene.closeLoop(task, scene.department, LocalDate.of(2023, 4, 1));

        var approved = ronghe.meetings().commands().change(scene.operatorOf(scene.town), new MeetingChange.ApproveMinutes(id,
                4));

        assertThat(approved.closedResolutions()).containsExactly(1);
        assertThat(scene.auditOf(id)).extracting(e -> e.eventType()).containsExactlyInAnyOrder("MeetingScheduled",
                "AgendaItemRaised", "MeetingHeld", "ResolutionAdopted", "MinutesApproved");
        assertThat(scene.audited(id, "AgendaItemRaised").changes()).containsExactly(new FieldChange("agenda item 1",
                null, "raised by " + scene.department.id()));
        assertThat(scene.audited(id, "MeetingHeld").changes()).containsExactly(new FieldChange("status", "SCHEDULED",
                "HELD"), new FieldChange("attended", null, "1"));
        assertThat(scene.audited(id, "ResolutionAdopted").changes()).containsExactly(new FieldChange("resolution 1",
                null, "on agenda item 1"));
        assertThat(scene.audited(id, "MinutesApproved").changes()).containsExactly(new FieldChange("status", "HELD",
                "MINUTES_APPROVED"));
    }

    @Test
    void an_item_carried_on_is_audited_on_the_later_meeting_as_raised_by_its_raiser_and_carried_from_the_earlier() {
        var first = scene.schedule(MeetingMechanism.SPECIAL_DELIBERATION, START);
        ronghe.meetings().commands().change(ClosedLoopScene.ADMIN, new MeetingChange.RaiseItem(first, 1, scene.unit.id(),
                "河道保洁", null));
        ronghe.meetings().commands().change(ClosedLoopScene.ADMIN, new MeetingChange.Hold(first, 2, Set.of(scene.town.id()),
                "时间不够"));
        var second = scene.schedule(MeetingMechanism.SPECIAL_DELIBERATION, START.plusSeconds(7 * 86_400));

        ronghe.meetings().commands().change(ClosedLoopScene.ADMIN, new MeetingChange.CarryOver(second, 1, first, 3, 1, null,
                null));

        assertThat(scene.auditOf(second)).filteredOn(e -> e.eventType().equals("AgendaItemRaised")).singleElement()
                .satisfies(e -> assertThat(e.changes()).containsExactly(new FieldChange("agenda item 1", null,
                        "raised by " + scene.unit.id() + ", carried from " + first)));
    }

    // --- tasks ---

    @Test
    void only_the_lead_assigns_tasks_and_an_unknown_meeting_assignee_or_co_assignee_is_refused_naming_the_field() {
        var id = scene.heldWithResolutions(MeetingMechanism.SPECIAL_DELIBERATION, START, "停车难");

        assertThatThrownBy(() -> ronghe.tasks().commands().create(scene.operatorOf(scene.department), new CreateTaskCommand(
                id, 1, null, scene.department.id(), Set.of(), DUE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ronghe.tasks().commands().create(ClosedLoopScene.ADMIN, new CreateTaskCommand(
                new MeetingId(UUID.randomUUID()), 1, null, scene.department.id(), Set.of(), DUE)))
                .isInstanceOfSatisfying(UnknownReferenceException.class, e -> assertThat(e.field()).isEqualTo("meetingId"));
        assertThatThrownBy(() -> ronghe.tasks().commands().create(ClosedLoopScene.ADMIN, new CreateTaskCommand(id, 1, null,
                unknownOrganization(), Set.of(), DUE))).isInstanceOfSatisfying(UnknownReferenceException.class,
                        e -> assertThat(e.field()).isEqualTo("assigneeId"));
        assertThatThrownBy(() -> ronghe.tasks().commands().create(ClosedLoopScene.ADMIN, new CreateTaskCommand(id, 1, null,
                scene.department.id(), Set.of(scene.unit.id(), unknownOrganization()), DUE)))
                .isInstanceOfSatisfying(UnknownReferenceException.class,
                        e -> assertThat(e.field()).isEqualTo("coAssigneeIds"));
        assertThat(taskCount()).isZero();

        var created = ronghe.tasks().commands().create(scene.operatorOf(scene.town), new CreateTaskCommand(id, 1, "开放共享车位",
                scene.department.id(), Set.of(scene.unit.id()), DUE));

        assertThat(created.task().title()).isEqualTo("开放共享车位");
        assertThat(created.task().createdOn()).as("today, when not given").isEqualTo(ClosedLoopScene.TODAY);
        assertThat(scene.auditOf(created.task().id())).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo("TaskCreated");
            assertThat(e.aggregateType()).isEqualTo("task");
            assertThat(e.changes()).containsExactly(new FieldChange("status", null, "OPEN"),
                    new FieldChange("assigneeId", null, scene.department.id().toString()),
                    new FieldChange("dueOn", null, DUE.toString()));
        });
    }

    @Test
    void only_the_assignee_and_co_assignees_work_on_a_task_and_each_note_names_who_wrote_it() {
        var id = scene.heldWithResolutions(MeetingMechanism.SPECIAL_DELIBERATION, START, "停车难");
        var task = ronghe.tasks().commands().create(ClosedLoopScene.ADMIN, new CreateTaskCommand(id, 1, null,
                scene.department.id(), Set.of(scene.unit.id()), DUE)).task().id();
        var outsider = scene.operatorOf(scene.outsider);
        var day = LocalDate.of(2023, 4, 1);

        assertThatThrownBy(() -> ronghe.tasks().commands().change(outsider, new TaskChange.NoteProgress(task, 1, day, "插手")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ronghe.tasks().commands().change(outsider, new TaskChange.MarkDone(task, 1, day)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ronghe.tasks().commands().change(ClosedLoopScene.ADMIN, new TaskChange.MarkDone(
                new TaskId(UUID.randomUUID()), 1, day))).isInstanceOf(AggregateNotFoundException.class);
        assertThat(scene.auditOf(task)).hasSize(1);

        ronghe.tasks().commands().change(scene.operatorOf(scene.unit), new TaskChange.NoteProgress(task, 1, day, "已排查"));
        var noted = ronghe.tasks().commands().change(ClosedLoopScene.ADMIN, new TaskChange.NoteProgress(task, 2, day, "督办"));

        assertThat(noted.task().notes()).extracting(ProgressNote::author).as("the co-assignee, then the assignee for "
                + "the ADMIN").containsExactly(scene.unit.id(), scene.department.id());
        assertThat(scene.auditOf(task)).filteredOn(e -> e.eventType().equals("TaskProgressNoted")).hasSize(2)
                .allSatisfy(e -> assertThat(e.changes()).containsExactly(new FieldChange("progress", null,
                        "noted on " + day)));
    }

    @Test
    void the_lead_reopens_done_work_with_a_reason_the_assignee_may_not_and_every_step_is_audited() {
        var id = scene.heldWithResolutions(MeetingMechanism.SPECIAL_DELIBERATION, START, "停车难");
        var task = scene.task(id, 1, scene.department, LocalDate.of(2022, 9, 2), DUE);
        var day = LocalDate.of(2023, 4, 1);
        var done = ronghe.tasks().commands().change(scene.operatorOf(scene.department), new TaskChange.MarkDone(task, 1, day));
        assertThat(done.task().status()).isEqualTo(TaskStatus.DONE);

        assertThatThrownBy(() -> ronghe.tasks().commands().change(scene.operatorOf(scene.department), new TaskChange.Reopen(
                task, 2, day, "自己返工"))).isInstanceOf(AccessDeniedException.class);
        var reopened = ronghe.tasks().commands().change(scene.operatorOf(scene.town), new TaskChange.Reopen(task, 2, day,
                "车位未挂牌"));

        assertThat(reopened.task().status()).isEqualTo(TaskStatus.REOPENED);
        assertThat(reopened.task().reopenReason()).isEqualTo("车位未挂牌");
        assertThat(scene.auditOf(task)).extracting(e -> e.eventType()).containsExactlyInAnyOrder("TaskCreated",
                "TaskDone", "TaskReopened");
        assertThat(scene.audited(task, "TaskDone").changes()).containsExactly(new FieldChange("status", "OPEN", "DONE"));
        assertThat(scene.audited(task, "TaskReopened").changes()).containsExactly(new FieldChange("status", "DONE",
                "REOPENED"), new FieldChange("reason", null, "车位未挂牌"));
        var redone = ronghe.tasks().commands().change(scene.operatorOf(scene.department), new TaskChange.MarkDone(task, 3,
                day));
        assertThat(redone.task().status()).isEqualTo(TaskStatus.DONE);
        ronghe.tasks().commands().change(scene.operatorOf(scene.town), new TaskChange.Verify(task, 4, day));
        assertThat(scene.audited(task, "TaskVerified").changes()).containsExactly(new FieldChange("status", "DONE",
                "VERIFIED"));
        assertThat(scene.auditOf(task)).filteredOn(e -> e.eventType().equals("TaskDone")).extracting(e -> e.changes()
                .get(0).oldValue()).containsExactlyInAnyOrder("OPEN", "REOPENED");
    }
}
