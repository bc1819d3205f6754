package org.ronghe.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.meeting.Meeting;
import org.ronghe.domain.meeting.MeetingCriteria;
import org.ronghe.domain.meeting.MeetingId;
import org.ronghe.domain.meeting.MeetingMechanism;
import org.ronghe.domain.meeting.MeetingStatus;
import org.ronghe.domain.meeting.Slot;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationScope;
import org.ronghe.domain.shared.NameSearch;
import org.ronghe.domain.shared.StaleVersionException;
import org.ronghe.domain.task.FollowUpTask;
import org.ronghe.domain.task.TaskCriteria;
import org.ronghe.domain.task.TaskId;
import org.ronghe.domain.task.TaskStatus;

/** What every {@link org.ronghe.application.meeting.port.out.Meetings} and {@code FollowUpTasks} must do. */
public abstract class MeetingsContract extends StorageContract {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private static final Instant START = Instant.parse("2022-09-01T01:00:00.123456Z");
    private OrganizationId town;
    private OrganizationId department;
    private OrganizationId unit;
    private CommitteeId host;

    @BeforeEach
    void structure() {
        var district = ContractFixtures.organization(storage, OrganizationKind.DISTRICT_PARTY_COMMITTEE, "区委", null, NOW);
        town = ContractFixtures.organization(storage, OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, NOW)
                .getId();
        department = ContractFixtures.organization(storage, OrganizationKind.DEPARTMENT_PARTY_BODY, "区交通委党组", district,
                NOW).getId();
        unit = ContractFixtures.organization(storage, OrganizationKind.REGIONAL_UNIT, "某研究院", district, NOW).getId();
        host = ContractFixtures.promotionCommittee(storage, NOW);
    }

    private Meeting meeting(MeetingMechanism mechanism, Instant start) {
        return meeting(mechanism, start, "专项议事会", Set.of(town, department));
    }

    private Meeting meeting(MeetingMechanism mechanism, Instant start, String title, Set<OrganizationId> invited) {
        var meeting = Meeting.schedule(new MeetingId(UUID.randomUUID()), mechanism, title, host,
                new Slot(start, start.plusSeconds(3600), "南翔镇会议室"), invited, NOW).meeting();
        storage.meetings().add(meeting);
        return meeting;
    }

    private FollowUpTask task(Meeting meeting, OrganizationId assignee, Set<OrganizationId> co, LocalDate due) {
        return task(meeting, "整改停车难", assignee, co, due);
    }

    private FollowUpTask task(Meeting meeting, String title, OrganizationId assignee, Set<OrganizationId> co,
            LocalDate due) {
        var task = FollowUpTask.create(new TaskId(UUID.randomUUID()), meeting.getId(), 1, host, meeting.mechanism(),
                title, assignee, co, LocalDate.of(2022, 9, 1), due, NOW).task();
        storage.followUpTasks().add(task);
        return task;
    }

    @Test
    void a_meeting_with_its_agenda_minutes_resolutions_and_history_reads_back_identically() {
        var meeting = meeting(MeetingMechanism.SPECIAL_DELIBERATION, START);
        meeting.reschedule(new Slot(START.plusSeconds(86_400), START.plusSeconds(90_000), "嘉定镇街道"), "台风", NOW);
        meeting.raise(town, "老街停车难", "committee:" + host, NOW);
        meeting.hold(Set.of(town, department), "议定错时共享停车", NOW);
        meeting.resolve(1, "开放错时共享车位", NOW);
        storage.meetings().update(meeting);

        var read = storage.meetings().findById(meeting.getId()).orElseThrow();

        assertThat(read.state()).isEqualTo(meeting.state());
        assertThat(read.version()).isEqualTo(2);
    }

    @Test
    void a_stale_meeting_or_task_update_is_refused() {
        var meeting = meeting(MeetingMechanism.ROUTINE_LIAISON, START);
        var stale = storage.meetings().findById(meeting.getId()).orElseThrow();
        meeting.cancel("改期", NOW);
        storage.meetings().update(meeting);
        stale.raise(town, "x", null, NOW);
        assertThatThrownBy(() -> storage.meetings().update(stale)).isInstanceOf(StaleVersionException.class);

        var task = task(meeting, department, Set.of(), LocalDate.of(2022, 12, 31));
        var staleTask = storage.followUpTasks().findById(task.getId()).orElseThrow();
        task.markDone(LocalDate.of(2022, 10, 1), NOW);
        storage.followUpTasks().update(task);
        staleTask.markDone(LocalDate.of(2022, 10, 2), NOW);
        assertThatThrownBy(() -> storage.followUpTasks().update(staleTask)).isInstanceOf(StaleVersionException.class);
        assertThat(storage.followUpTasks().findById(task.getId()).orElseThrow().state()).isEqualTo(task.state());
    }

    @Test
    void meetings_filter_by_host_mechanism_status_and_period_in_start_order() {
        var later = meeting(MeetingMechanism.SPECIAL_DELIBERATION, START.plusSeconds(86_400 * 30));
        var earlier = meeting(MeetingMechanism.SPECIAL_DELIBERATION, START);
        var liaison = meeting(MeetingMechanism.ROUTINE_LIAISON, START.plusSeconds(86_400));

        assertThat(storage.meetings().find(new MeetingCriteria(host, MeetingMechanism.SPECIAL_DELIBERATION, null, null,
                null), PageRequest.first()).items()).extracting(Meeting::getId).containsExactly(earlier.getId(), later.getId());
        assertThat(storage.meetings().find(new MeetingCriteria(null, null, MeetingStatus.SCHEDULED, START.plusSeconds(60),
                START.plusSeconds(86_400 * 2)), PageRequest.first()).items()).extracting(Meeting::getId)
                .containsExactly(liaison.getId());
    }

    @Test
    void meetings_are_searched_by_title_as_typed_and_scoped_to_whom_they_invite() {
        var parking = meeting(MeetingMechanism.SPECIAL_DELIBERATION, START, "Parking 停车难议事会", Set.of(town));
        var liaison = meeting(MeetingMechanism.ROUTINE_LIAISON, START.plusSeconds(60), "九月联络会_100%", Set.of(department));
        var none = meeting(MeetingMechanism.ROUTINE_LIAISON, START.plusSeconds(120), "十月联络会", Set.of());

        assertThat(meetings(new MeetingCriteria(null, null, null, null, null, new NameSearch("ＰＡＲＫ ing"), null)))
                .as("case, width and spaces fold as the domain folds them").containsExactly(parking.getId());
        assertThat(meetings(new MeetingCriteria(null, null, null, null, null, new NameSearch("联络会"), null)))
                .containsExactly(liaison.getId(), none.getId());
        assertThat(meetings(new MeetingCriteria(null, null, null, null, null, new NameSearch("_100%"), null)))
                .as("LIKE's wildcards are taken literally").containsExactly(liaison.getId());
        assertThat(meetings(new MeetingCriteria(null, null, null, null, null, new NameSearch("%"), null)))
                .containsExactly(liaison.getId());
        assertThat(meetings(new MeetingCriteria(null, null, null, null, null, null,
                new OrganizationScope(town, Set.of(town, unit))))).containsExactly(parking.getId());
        assertThat(meetings(new MeetingCriteria(null, null, null, null, null, new NameSearch("联络"),
                new OrganizationScope(department, Set.of(department))))).containsExactly(liaison.getId());
        assertThat(meetings(new MeetingCriteria(null, null, null, null, null, null,
                new OrganizationScope(unit, Set.of(unit))))).isEmpty();
    }

    private java.util.List<MeetingId> meetings(MeetingCriteria criteria) {
        return storage.meetings().find(criteria, PageRequest.first()).items().stream().map(Meeting::getId).toList();
    }

    @Test
    void tasks_are_searched_by_title_and_scoped_to_whom_they_are_assigned_or_co_assigned() {
        var meeting = meeting(MeetingMechanism.SPECIAL_DELIBERATION, START);
        var parking = task(meeting, "错时共享车位", department, Set.of(town), LocalDate.of(2022, 10, 31));
        var gate = task(meeting, "校门口即停即走", unit, Set.of(), LocalDate.of(2022, 11, 30));
        var route = task(meeting, "文化源游线", town, Set.of(), LocalDate.of(2022, 12, 31));

        assertThat(tasks(new TaskCriteria(null, null, null, null, false, null, new NameSearch("车位"), null)))
                .containsExactly(parking.getId());
        assertThat(tasks(new TaskCriteria(null, null, null, null, false, null, null,
                new OrganizationScope(town, Set.of(town))))).as("co-assigned, then assigned")
                .containsExactly(parking.getId(), route.getId());
        assertThat(tasks(new TaskCriteria(null, null, null, null, false, null, null,
                new OrganizationScope(town, Set.of(town, unit))))).containsExactly(parking.getId(), gate.getId(), route.getId());
        assertThat(tasks(new TaskCriteria(null, null, null, null, true, null, new NameSearch("游线"),
                new OrganizationScope(department, Set.of(department))))).isEmpty();
        assertThat(storage.followUpTasks().all(new TaskCriteria(null, null, null, null, false, null, new NameSearch("即停"),
                new OrganizationScope(unit, Set.of(unit))))).extracting(FollowUpTask::getId).containsExactly(gate.getId());
    }

    private java.util.List<TaskId> tasks(TaskCriteria criteria) {
        return storage.followUpTasks().find(criteria, PageRequest.first()).items().stream().map(FollowUpTask::getId)
                .toList();
    }

    @Test
    void tasks_filter_by_whom_they_concern_pending_and_overdue_in_due_order() {
        var meeting = meeting(MeetingMechanism.SPECIAL_DELIBERATION, START);
        var late = task(meeting, department, Set.of(town), LocalDate.of(2022, 10, 31));
        var soon = task(meeting, town, Set.of(), LocalDate.of(2023, 6, 30));
        var done = task(meeting, unit, Set.of(), LocalDate.of(2022, 9, 30));
        done.markDone(LocalDate.of(2022, 9, 29), NOW);
        storage.followUpTasks().update(done);

        assertThat(storage.followUpTasks().find(new TaskCriteria(null, null, town, null, true, null), PageRequest.first())
                .items()).extracting(FollowUpTask::getId).containsExactly(late.getId(), soon.getId());
        assertThat(storage.followUpTasks().find(new TaskCriteria(host, null, null, null, false, LocalDate.of(2023, 4, 4)),
                PageRequest.first()).items()).extracting(FollowUpTask::getId).containsExactly(late.getId());
        assertThat(storage.followUpTasks().find(new TaskCriteria(null, meeting.getId(), null, TaskStatus.DONE, false, null),
                PageRequest.first()).items()).extracting(FollowUpTask::getId).containsExactly(done.getId());
        assertThat(storage.followUpTasks().find(TaskCriteria.all(), new PageRequest(2, 2)).items())
                .extracting(FollowUpTask::getId).containsExactly(soon.getId());
        assertThat(storage.followUpTasks().all(TaskCriteria.all())).extracting(FollowUpTask::getId)
                .containsExactlyInAnyOrder(late.getId(), soon.getId(), done.getId());
        assertThat(storage.followUpTasks().all(new TaskCriteria(null, null, town, null, true, null)))
                .extracting(FollowUpTask::getId).containsExactlyInAnyOrder(late.getId(), soon.getId());
        assertThat(storage.followUpTasks().all(new TaskCriteria(null, null, null, TaskStatus.DONE, false, null)))
                .singleElement().satisfies(t -> assertThat(t.state()).isEqualTo(done.state()));
    }

    @Test
    void the_overdue_list_pages_every_pending_status_in_due_order_and_follows_each_change_of_status() {
        var meeting = meeting(MeetingMechanism.SPECIAL_DELIBERATION, START);
        var first = task(meeting, town, Set.of(), LocalDate.of(2022, 10, 1));
        var inProgress = task(meeting, department, Set.of(), LocalDate.of(2022, 11, 1));
        var reopened = task(meeting, unit, Set.of(), LocalDate.of(2022, 12, 1));
        var closed = task(meeting, town, Set.of(), LocalDate.of(2023, 1, 1));
        var last = task(meeting, town, Set.of(), LocalDate.of(2023, 2, 1));
        var notYetDue = task(meeting, town, Set.of(), LocalDate.of(2023, 5, 1));
        inProgress.noteProgress(department, "已协调停车位", LocalDate.of(2022, 10, 20), NOW);
        storage.followUpTasks().update(inProgress);
        reopened.markDone(LocalDate.of(2022, 11, 20), NOW);
        storage.followUpTasks().update(reopened);
        reopened.reopen("群众反映仍未解决", LocalDate.of(2022, 11, 25), NOW);
        storage.followUpTasks().update(reopened);
        closed.markDone(LocalDate.of(2022, 12, 20), NOW);
        storage.followUpTasks().update(closed);
        var overdue = new TaskCriteria(null, null, null, null, false, LocalDate.of(2023, 4, 4));

        var page1 = storage.followUpTasks().find(overdue, new PageRequest(1, 2));
        var page2 = storage.followUpTasks().find(overdue, new PageRequest(2, 2));
        assertThat(page1.items()).extracting(FollowUpTask::getId).containsExactly(first.getId(), inProgress.getId());
        assertThat(page2.items()).extracting(FollowUpTask::getId).containsExactly(reopened.getId(), last.getId());
        assertThat(page1.totalItems()).isEqualTo(4);
        assertThat(storage.followUpTasks().all(overdue)).extracting(FollowUpTask::getId)
                .containsExactlyInAnyOrder(first.getId(), inProgress.getId(), reopened.getId(), last.getId())
                .doesNotContain(closed.getId(), notYetDue.getId());

        closed.verify(LocalDate.of(2023, 1, 5), NOW);
        storage.followUpTasks().update(closed);
        closed.reopen("复查未通过", LocalDate.of(2023, 3, 1), NOW);
        storage.followUpTasks().update(closed);
        first.markDone(LocalDate.of(2023, 3, 2), NOW);
        storage.followUpTasks().update(first);
        assertThat(storage.followUpTasks().find(overdue, PageRequest.first()).items()).extracting(FollowUpTask::getId)
                .containsExactly(inProgress.getId(), reopened.getId(), closed.getId(), last.getId());
    }
}
