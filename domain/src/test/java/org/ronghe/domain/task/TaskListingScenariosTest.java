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
import org.ronghe.domain.organization.OrganizationScope;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.NameSearch;

@DisplayName("Which follow-up tasks a listing shows, and how a task is named in a request")
class TaskListingScenariosTest {

    private static final Instant NOW = Instant.parse("2022-09-01T02:00:00Z");
    private static final LocalDate CREATED = LocalDate.of(2022, 9, 1);
    private final CommitteeId ximen = new CommitteeId(UUID.randomUUID());
    private final CommitteeId yuanxiang = new CommitteeId(UUID.randomUUID());
    private final MeetingId parkingMeeting = new MeetingId(UUID.randomUUID());
    private final MeetingId cultureMeeting = new MeetingId(UUID.randomUUID());
    private final OrganizationId transport = new OrganizationId(UUID.randomUUID());
    private final OrganizationId town = new OrganizationId(UUID.randomUUID());
    private final OrganizationId school = new OrganizationId(UUID.randomUUID());

    /** Ximen's parking meeting, resolution 1: the transport commission with the town, open, due at year end. */
    private final FollowUpTask sharedParking = task(ximen, parkingMeeting, 1, "错时共享车位", transport, Set.of(town),
            LocalDate.of(2022, 12, 31));
    /** Ximen's parking meeting, resolution 2: the school, verified. */
    private final FollowUpTask schoolGate = task(ximen, parkingMeeting, 2, "校门口即停即走", school, Set.of(),
            LocalDate.of(2022, 10, 31));
    /** Yuanxiang's culture meeting: the town alone, done. */
    private final FollowUpTask cultureRoute = task(yuanxiang, cultureMeeting, 1, "文化源游线", town, Set.of(),
            LocalDate.of(2022, 11, 30));
    /** Yuanxiang's culture meeting: the transport commission, reopened. */
    private final FollowUpTask shuttleBus = task(yuanxiang, cultureMeeting, 2, "接驳公交", transport, Set.of(),
            LocalDate.of(2022, 10, 15));
    private final List<FollowUpTask> tasks = List.of(sharedParking, schoolGate, cultureRoute, shuttleBus);

    TaskListingScenariosTest() {
        schoolGate.markDone(LocalDate.of(2022, 10, 20), NOW);
        schoolGate.verify(LocalDate.of(2022, 10, 25), NOW);
        cultureRoute.markDone(LocalDate.of(2022, 11, 1), NOW);
        shuttleBus.markDone(LocalDate.of(2022, 10, 10), NOW);
        shuttleBus.reopen("班次不足", LocalDate.of(2022, 10, 12), NOW);
    }

    private static FollowUpTask task(CommitteeId host, MeetingId meeting, int resolution, String title,
            OrganizationId assignee, Set<OrganizationId> coAssignees, LocalDate dueOn) {
        return FollowUpTask.create(new TaskId(UUID.randomUUID()), meeting, resolution, host,
                MeetingMechanism.SPECIAL_DELIBERATION, title, assignee, coAssignees, CREATED, dueOn, NOW).task();
    }

    private List<String> listed(TaskCriteria criteria) {
        return tasks.stream().filter(criteria::matches).map(t -> t.state().title()).toList();
    }

    private static TaskCriteria criteria(CommitteeId host, MeetingId meeting, OrganizationId concerning,
            TaskStatus status, boolean pendingOnly, LocalDate overdueOn) {
        return new TaskCriteria(host, meeting, concerning, status, pendingOnly, overdueOn);
    }

    @Nested
    @DisplayName("Listing filters")
    class Listing {

        @Test
        void with_no_filter_every_task_is_listed_whatever_its_state() {
            assertThat(listed(TaskCriteria.all())).containsExactly("错时共享车位", "校门口即停即走", "文化源游线", "接驳公交");
        }

        @Test
        void the_tasks_of_one_meeting_are_listed_verified_or_not() {
            assertThat(listed(TaskCriteria.ofMeeting(parkingMeeting))).containsExactly("错时共享车位", "校门口即停即走");
        }

        @Test
        void a_host_committee_lists_the_tasks_born_at_its_meetings() {
            assertThat(listed(criteria(yuanxiang, null, null, null, false, null))).containsExactly("文化源游线", "接驳公交");
        }

        @Test
        void an_organization_sees_the_tasks_it_is_assigned_or_co_assigned() {
            assertThat(listed(criteria(null, null, town, null, false, null))).containsExactly("错时共享车位", "文化源游线");
        }

        @Test
        void a_status_lists_the_tasks_in_that_status_only() {
            assertThat(listed(criteria(null, null, null, TaskStatus.DONE, false, null))).containsExactly("文化源游线");
        }

        @Test
        void pending_only_leaves_out_done_and_verified_tasks_but_keeps_reopened_ones() {
            assertThat(listed(criteria(null, null, null, null, true, null))).containsExactly("错时共享车位", "接驳公交");
        }

        @Test
        void overdue_on_a_day_lists_pending_tasks_past_their_due_day_not_those_due_that_day() {
            assertThat(listed(criteria(null, null, null, null, false, LocalDate.of(2022, 10, 15))))
                    .as("the shuttle bus is due that very day").isEmpty();
            assertThat(listed(criteria(null, null, null, null, false, LocalDate.of(2022, 10, 16))))
                    .containsExactly("接驳公交");
            assertThat(listed(criteria(null, null, null, null, false, LocalDate.of(2023, 1, 1))))
                    .as("done and verified tasks are never overdue").containsExactly("错时共享车位", "接驳公交");
        }

        @Test
        void filters_combine_every_one_must_hold() {
            assertThat(listed(criteria(ximen, null, town, null, false, null))).containsExactly("错时共享车位");
            assertThat(listed(criteria(yuanxiang, parkingMeeting, null, null, false, null)))
                    .as("no meeting of Ximen's was hosted by Yuanxiang").isEmpty();
            assertThat(listed(criteria(null, cultureMeeting, transport, TaskStatus.REOPENED, true,
                    LocalDate.of(2023, 1, 1)))).containsExactly("接驳公交");
        }
    }

    @Nested
    @DisplayName("A task's id in a request")
    class Ids {

        @Test
        void a_task_id_is_read_from_its_uuid_around_which_spaces_do_not_count() {
            var uuid = UUID.randomUUID();

            assertThat(TaskId.parse("taskId", " " + uuid + "\n")).isEqualTo(new TaskId(uuid));
            assertThat(new TaskId(uuid)).hasToString(uuid.toString());
        }

        @Test
        void anything_but_a_uuid_is_refused_naming_the_field() {
            for (String text : new String[] {null, "", "   ", "task-42"}) {
                assertThatThrownBy(() -> TaskId.parse("taskId", text)).as("%s", text)
                        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                                .singleElement().satisfies(v -> {
                                    assertThat(v.field()).isEqualTo("taskId");
                                    assertThat(v.message()).isEqualTo("is not a valid task id");
                                }));
            }
        }
    }

    @Nested
    @DisplayName("Search by title and a town's scope")
    class SearchAndScope {

        @Test
        void a_search_lists_the_tasks_whose_title_contains_it() {
            assertThat(listed(new TaskCriteria(null, null, null, null, false, null, new NameSearch("车位"), null)))
                    .containsExactly("错时共享车位");
            assertThat(listed(new TaskCriteria(null, null, null, null, false, null, new NameSearch("公交"), null)))
                    .containsExactly("接驳公交");
        }

        @Test
        void a_towns_scope_lists_the_tasks_assigned_or_co_assigned_to_anyone_in_it() {
            var theTown = new OrganizationScope(town, Set.of(town));
            assertThat(listed(new TaskCriteria(null, null, null, null, false, null, null, theTown)))
                    .as("co-assigned to the parking task, assigned the culture route")
                    .containsExactly("错时共享车位", "文化源游线");
            var theSchoolUnderTheTown = new OrganizationScope(town, Set.of(town, school));
            assertThat(listed(new TaskCriteria(null, null, null, null, false, null, null, theSchoolUnderTheTown)))
                    .containsExactly("错时共享车位", "校门口即停即走", "文化源游线");
        }

        @Test
        void search_and_scope_combine_with_the_other_filters() {
            var theTown = new OrganizationScope(town, Set.of(town));
            assertThat(listed(new TaskCriteria(null, null, null, TaskStatus.DONE, false, null, new NameSearch("文化"),
                    theTown))).containsExactly("文化源游线");
            assertThat(listed(new TaskCriteria(null, null, null, null, false, null, new NameSearch("接驳"), theTown)))
                    .isEmpty();
        }
    }
}
