package org.ronghe.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;

@DisplayName("A meeting's life: scheduled, moved or cancelled, held, resolved, its minutes approved")
class MeetingLifecycleScenariosTest {

    private static final Instant NOW = Instant.parse("2022-08-20T02:00:00Z");
    private static final Instant START = Instant.parse("2022-09-01T01:00:00Z");
    private final MeetingId id = new MeetingId(UUID.randomUUID());
    private final CommitteeId ximen = new CommitteeId(UUID.randomUUID());
    private final OrganizationId town = new OrganizationId(UUID.randomUUID());
    private final OrganizationId transport = new OrganizationId(UUID.randomUUID());
    private final Slot slot = new Slot(START, START.plusSeconds(7200), "西门片区党群服务站");
    private final Slot typhoonSlot = new Slot(START.plusSeconds(86_400), START.plusSeconds(93_600), "嘉定镇街道会议室");

    private Meeting.Scheduling scheduleParkingDeliberation() {
        return Meeting.schedule(id, MeetingMechanism.SPECIAL_DELIBERATION, " 西门片区停车难专项议事会 ", ximen, slot,
                Set.of(town, transport), NOW);
    }

    private Meeting meeting() {
        return scheduleParkingDeliberation().meeting();
    }

    private Meeting heldWithTwoItems() {
        var meeting = meeting();
        meeting.raise(town, "老街停车难", null, NOW);
        meeting.raise(transport, "夜间货车占道", null, NOW);
        meeting.hold(Set.of(town, transport), "议定错时共享停车", NOW);
        return meeting;
    }

    @Nested
    @DisplayName("Scheduling and moving")
    class Scheduling {

        @Test
        void a_scheduled_meeting_has_its_slot_its_invited_members_and_nothing_else_yet() {
            var scheduling = scheduleParkingDeliberation();
            var meeting = scheduling.meeting();

            assertThat(scheduling.event()).isEqualTo(new MeetingScheduled(id, MeetingMechanism.SPECIAL_DELIBERATION,
                    "西门片区停车难专项议事会", ximen, slot, NOW));
            assertThat(meeting.state()).isEqualTo(new Meeting.State(id, MeetingMechanism.SPECIAL_DELIBERATION,
                    "西门片区停车难专项议事会", ximen, slot, List.of(), Set.of(town, transport), Set.of(), List.of(), null,
                    List.of(), MeetingStatus.SCHEDULED, null, 0));
            assertThat(meeting.getId()).isEqualTo(id);
            assertThat(meeting.host()).isEqualTo(ximen);
            assertThat(meeting.mechanism()).isEqualTo(MeetingMechanism.SPECIAL_DELIBERATION);
            assertThat(meeting.version()).isZero();
        }

        @Test
        void a_rescheduled_meeting_moves_to_its_new_slot_and_keeps_the_earlier_ones_in_order() {
            var meeting = meeting();
            var third = new Slot(START.plusSeconds(2 * 86_400L), START.plusSeconds(2 * 86_400L + 3600), "线上");

            assertThat(meeting.reschedule(typhoonSlot, " 台风 ", NOW))
                    .isEqualTo(new MeetingRescheduled(id, slot, typhoonSlot, "台风", NOW));
            meeting.reschedule(third, "场地冲突", NOW);

            assertThat(meeting.state().slot()).isEqualTo(third);
            assertThat(meeting.state().earlierSlots()).containsExactly(slot, typhoonSlot);
        }

        @Test
        void a_held_meeting_is_not_moved_and_keeps_its_slot() {
            var meeting = heldWithTwoItems();
            var before = meeting.state();

            assertThatThrownBy(() -> meeting.reschedule(typhoonSlot, "补开", NOW))
                    .isInstanceOfSatisfying(MeetingLifecycleException.class, e -> {
                        assertThat(e.code()).isEqualTo("meeting-lifecycle");
                        assertThat(e).hasMessageContaining("this one is HELD");
                    });
            assertThat(meeting.state()).isEqualTo(before);
        }

        @Test
        void a_cancelled_meeting_keeps_its_reason_and_takes_no_more_items_nor_a_hold() {
            var meeting = meeting();

            assertThat(meeting.cancel(" 台风停课 ", NOW)).isEqualTo(new MeetingCancelled(id, "台风停课", NOW));
            assertThat(meeting.state().status()).isEqualTo(MeetingStatus.CANCELLED);
            assertThat(meeting.state().cancelReason()).isEqualTo("台风停课");
            var before = meeting.state();

            assertThatThrownBy(() -> meeting.raise(town, "老街停车难", null, NOW)).isInstanceOf(MeetingLifecycleException.class);
            assertThatThrownBy(() -> meeting.hold(Set.of(town), "纪要", NOW)).isInstanceOf(MeetingLifecycleException.class);
            assertThatThrownBy(() -> meeting.cancel("再次", NOW)).isInstanceOf(MeetingLifecycleException.class);
            assertThat(meeting.state()).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("Agenda")
    class Agenda {

        @Test
        void problems_raised_are_numbered_in_the_order_they_come() {
            var meeting = meeting();

            assertThat(meeting.raise(town, "老街停车难", "committee:" + ximen, NOW))
                    .isEqualTo(new AgendaItemRaised(id, 1, town, null, NOW));
            assertThat(meeting.raise(transport, "夜间货车占道", null, NOW))
                    .isEqualTo(new AgendaItemRaised(id, 2, transport, null, NOW));
            assertThat(meeting.state().agenda()).containsExactly(
                    new AgendaItem(1, town, "老街停车难", "committee:" + ximen, null, null, false),
                    new AgendaItem(2, transport, "夜间货车占道", null, null, null, false));
        }

        @Test
        void an_agenda_item_number_outside_the_agenda_is_unknown_and_says_which_numbers_there_are() {
            var meeting = heldWithTwoItems();

            for (int number : new int[] {0, 3}) {
                assertThatThrownBy(() -> meeting.resolve(number, "无此议题", NOW))
                        .isInstanceOfSatisfying(UnknownAgendaItemException.class, e -> {
                            assertThat(e.field()).isEqualTo("agendaItem");
                            assertThat(e.code()).isEqualTo("unknown-agenda-item");
                            assertThat(e).hasMessageContaining("has agenda items 1 to 2");
                        });
            }
            assertThat(meeting.state().resolutions()).isEmpty();
        }

        @Test
        void a_meeting_without_agenda_says_it_has_no_items() {
            var meeting = meeting();
            meeting.hold(Set.of(town), "无议题", NOW);

            assertThatThrownBy(() -> meeting.resolve(1, "无此议题", NOW)).isInstanceOf(UnknownAgendaItemException.class)
                    .hasMessageContaining("has no agenda items");
        }
    }

    @Nested
    @DisplayName("Holding, resolving, approving the minutes")
    class Holding {

        @Test
        void a_held_meeting_records_who_attended_and_its_minutes() {
            var meeting = meeting();
            meeting.raise(town, "老街停车难", null, NOW);

            assertThat(meeting.hold(Set.of(town, transport), " 议定错时共享停车 ", NOW)).isEqualTo(new MeetingHeld(id, 2, NOW));
            assertThat(meeting.state().attended()).containsExactlyInAnyOrder(town, transport);
            assertThat(meeting.state().minutes()).isEqualTo("议定错时共享停车");
            assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
        }

        @Test
        void a_meeting_nobody_attended_was_not_held_and_stays_scheduled() {
            var meeting = meeting();
            var before = meeting.state();

            assertThatThrownBy(() -> meeting.hold(Set.of(), "纪要", NOW))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                            .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("attended")));
            assertThatThrownBy(() -> meeting.hold(null, "纪要", NOW)).isInstanceOf(InvalidValueException.class);
            assertThat(meeting.state()).isEqualTo(before);
        }

        @Test
        void a_held_meeting_is_not_held_a_second_time_and_keeps_its_minutes() {
            var meeting = heldWithTwoItems();
            var before = meeting.state();

            assertThatThrownBy(() -> meeting.hold(Set.of(town), "另一份纪要", NOW))
                    .isInstanceOf(MeetingLifecycleException.class);
            assertThat(meeting.state()).isEqualTo(before);
        }

        @Test
        void resolutions_are_numbered_and_each_is_found_by_its_number() {
            var meeting = heldWithTwoItems();

            assertThat(meeting.resolve(2, "夜间限时通行", NOW)).isEqualTo(new ResolutionAdopted(id, 1, 2, NOW));
            assertThat(meeting.resolve(1, "开放错时共享车位", NOW)).isEqualTo(new ResolutionAdopted(id, 2, 1, NOW));

            assertThat(meeting.resolution(1)).isEqualTo(new Resolution(1, 2, "夜间限时通行"));
            assertThat(meeting.resolution(2)).isEqualTo(new Resolution(2, 1, "开放错时共享车位"));
            assertThatThrownBy(() -> meeting.resolution(3)).isInstanceOfSatisfying(UnknownResolutionException.class,
                    e -> assertThat(e.code()).isEqualTo("unknown-resolution"));
        }

        @Test
        void the_minutes_of_a_held_meeting_are_approved_once() {
            var meeting = heldWithTwoItems();

            assertThat(meeting.approveMinutes(NOW)).isEqualTo(new MinutesApproved(id, NOW));
            assertThat(meeting.status()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
            assertThatThrownBy(() -> meeting.approveMinutes(NOW)).isInstanceOf(MeetingLifecycleException.class);
        }

        @Test
        void the_minutes_of_a_meeting_not_yet_held_are_not_approved_and_it_stays_scheduled() {
            var meeting = meeting();
            var before = meeting.state();

            assertThatThrownBy(() -> meeting.approveMinutes(NOW)).isInstanceOf(MeetingLifecycleException.class)
                    .hasMessageContaining("this one is SCHEDULED");
            assertThat(meeting.state()).isEqualTo(before);
        }
    }

    @Nested
    @DisplayName("Carrying an item on")
    class CarryingOn {

        @Test
        void an_item_carried_to_another_committees_meeting_is_a_carry_over_problem() {
            var first = heldWithTwoItems();
            var elsewhere = Meeting.schedule(new MeetingId(UUID.randomUUID()), MeetingMechanism.ROUTINE_LIAISON,
                    "远香文化源联络会", new CommitteeId(UUID.randomUUID()), typhoonSlot, Set.of(town), NOW).meeting();

            assertThatThrownBy(() -> first.carryOver(1, elsewhere, null, null, NOW))
                    .isInstanceOfSatisfying(CarryOverException.class, e -> assertThat(e.code()).isEqualTo("carry-over"));
        }

        @Test
        void an_item_number_the_earlier_meeting_does_not_have_is_refused_naming_the_carried_from_item() {
            var first = heldWithTwoItems();
            var later = Meeting.schedule(new MeetingId(UUID.randomUUID()), MeetingMechanism.SPECIAL_DELIBERATION,
                    "西门片区停车难专项议事会（续）", ximen, typhoonSlot, Set.of(town), NOW).meeting();

            assertThatThrownBy(() -> first.carryOver(0, later, null, null, NOW))
                    .isInstanceOfSatisfying(UnknownAgendaItemException.class,
                            e -> assertThat(e.field()).isEqualTo("carriedFromItem"));
            assertThat(later.state().agenda()).isEmpty();
        }
    }

    @Nested
    @DisplayName("Storing and restoring")
    class Storing {

        @Test
        void a_restored_meeting_is_the_state_it_was_stored_with() {
            var stored = heldWithTwoItems().state();

            assertThat(Meeting.restore(stored).state()).isEqualTo(stored);
        }

        @Test
        void a_state_read_without_collections_has_empty_ones() {
            var stored = new Meeting.State(id, MeetingMechanism.ROUTINE_LIAISON, "联络会", ximen, slot, null, null, null,
                    null, null, null, MeetingStatus.SCHEDULED, null, 4);

            var state = Meeting.restore(stored).state();
            assertThat(state.earlierSlots()).isEmpty();
            assertThat(state.invited()).isEmpty();
            assertThat(state.attended()).isEmpty();
            assertThat(state.agenda()).isEmpty();
            assertThat(state.resolutions()).isEmpty();
        }

        @Test
        void the_stored_version_only_grows() {
            var meeting = meeting();

            assertThatThrownBy(() -> meeting.markStored(0)).isInstanceOf(IllegalArgumentException.class);
            meeting.markStored(1);
            assertThat(meeting.version()).isEqualTo(1);
            assertThatThrownBy(() -> meeting.markStored(1)).isInstanceOf(IllegalArgumentException.class);
            assertThat(meeting.state().version()).isEqualTo(1);
        }
    }
}
