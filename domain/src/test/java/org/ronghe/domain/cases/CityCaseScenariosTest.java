package org.ronghe.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ronghe.domain.cases.WorkingCalendarScenariosTest.CALENDAR_2023;
import static org.ronghe.domain.cases.WorkingCalendarScenariosTest.cityTime;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;

@DisplayName("A city signal is handled in a closed loop: received, filed, dispatched, signed for, handled, verified, closed")
class CityCaseScenariosTest {

    static final Instant RECEIVED = cityTime("2023-04-04T10:00");
    static final OrganizationId FIRE = CasePolicyScenariosTest.FIRE;
    static final OrganizationId URBAN = CasePolicyScenariosTest.URBAN;
    static final OrganizationId NANXIANG = new OrganizationId(UUID.randomUUID());
    static final OrganizationId MALU = new OrganizationId(UUID.randomUUID());
    static final OrganizationId DISPATCHER = NANXIANG;
    static final CaseCategory FIRE_LANE = CasePolicyScenariosTest.category("FIRE_LANE", FIRE);
    static final CaseRouting IN_NX_M001 = new CaseRouting(new GridId(UUID.randomUUID()), "NX-M001",
            new GridId(UUID.randomUUID()), "NX-V001", new GridId(UUID.randomUUID()), "NX-A01", NANXIANG);
    static final GeoPoint POINT = new GeoPoint(121.3211, 31.2987);

    private final CaseId id = new CaseId(UUID.randomUUID());

    static CaseIntake intake(String eventId, GeoPoint at, Instant receivedAt) {
        return new CaseIntake(SignalSource.SIGN_PLATFORM, eventId, "FIRE_LANE", at, "古猗园路 88 号",
                "消防通道被车辆占用", List.of("https://photos.example.cn/a.jpg"), null, receivedAt);
    }

    private CityCase received(CaseRouting routing) {
        return CityCase.receive(id, intake("SP-1", POINT, RECEIVED), FIRE_LANE, routing).cityCase();
    }

    private CityCase dispatched(Instant at) {
        var c = received(IN_NX_M001);
        c.file(DISPATCHER, null, at);
        c.dispatch(DISPATCHER, null, FIRE_LANE, CALENDAR_2023, at);
        return c;
    }

    private CityCase handling(Instant at) {
        var c = dispatched(at);
        c.signFor(FIRE, FIRE_LANE, CALENDAR_2023, at);
        c.startHandling(FIRE, at);
        return c;
    }

    private CityCase responded(Instant at) {
        var c = handling(at);
        c.respond(FIRE, "已清理占道车辆", List.of("https://photos.example.cn/b.jpg"), CALENDAR_2023, at);
        return c;
    }

    @Nested
    @DisplayName("Intake and filing")
    class Intake {

        @Test
        void a_signal_becomes_a_case_of_its_category_routed_to_the_micro_grid_its_point_lies_in() {
            var reception = CityCase.receive(id, intake("SP-1", POINT, RECEIVED), FIRE_LANE, IN_NX_M001);
            var c = reception.cityCase();
            assertThat(reception.event()).isEqualTo(new CaseEvent.Received(id, SignalSource.SIGN_PLATFORM, "SP-1",
                    "FIRE_LANE", NANXIANG, "NX-M001", RECEIVED));
            assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
            assertThat(c.level()).isEqualTo(CaseLevel.MICRO);
            assertThat(c.department()).as("the category's owner").isEqualTo(FIRE);
            assertThat(c.town()).isEqualTo(NANXIANG);
            assertThat(c.state().history()).containsExactly(new CaseStep(RECEIVED, CaseAction.RECEIVED,
                    CaseStatus.RECEIVED, null, null, List.of("https://photos.example.cn/a.jpg")));
            assertThat(c.version()).isZero();
        }

        @Test
        void a_signal_is_received_only_as_a_case_of_its_own_category() {
            var other = CasePolicyScenariosTest.category("WATERLOGGING", URBAN);
            assertThatThrownBy(() -> CityCase.receive(id, intake("SP-1", POINT, RECEIVED), other, IN_NX_M001))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_case_outside_every_grid_is_never_lost_a_dispatcher_files_it_to_a_town() {
            var c = received(CaseRouting.outsideEveryGrid());
            assertThat(c.level()).isEqualTo(CaseLevel.TOWN);
            assertThat(c.town()).isNull();
            assertThatThrownBy(() -> c.file(null, null, RECEIVED)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("outside every grid");
            assertThat(c.file(null, MALU, RECEIVED)).isEqualTo(new CaseEvent.Filed(id, MALU, RECEIVED));
            assertThat(c.town()).isEqualTo(MALU);
            assertThat(c.status()).isEqualTo(CaseStatus.FILED);
        }

        @Test
        void a_routed_case_is_filed_to_the_town_its_point_lies_in_and_no_other() {
            var c = received(IN_NX_M001);
            assertThatThrownBy(() -> c.file(DISPATCHER, MALU, RECEIVED)).isInstanceOf(InvalidValueException.class);
            assertThat(c.file(DISPATCHER, NANXIANG, RECEIVED).town()).isEqualTo(NANXIANG);
            assertThat(c.state().history()).last().extracting(CaseStep::action, CaseStep::by)
                    .containsExactly(CaseAction.FILED, DISPATCHER);
        }

        @Test
        void a_signal_that_is_no_case_is_set_aside_with_its_reason_before_dispatch_only() {
            var c = received(IN_NX_M001);
            assertThatThrownBy(() -> c.invalidate(DISPATCHER, " ", RECEIVED)).isInstanceOf(InvalidValueException.class);
            assertThat(c.invalidate(DISPATCHER, "误报", RECEIVED)).isEqualTo(new CaseEvent.Invalidated(id, "误报", RECEIVED));
            assertThat(c.status()).isEqualTo(CaseStatus.INVALID);
            assertThat(c.status().isOpen()).isFalse();
            assertThat(c.state().progress().closedAt()).isEqualTo(RECEIVED);
            var filed = received(IN_NX_M001);
            filed.file(DISPATCHER, null, RECEIVED);
            assertThat(filed.invalidate(DISPATCHER, "重复", RECEIVED).reason()).isEqualTo("重复");
            assertThatThrownBy(() -> dispatched(RECEIVED).invalidate(DISPATCHER, "误报", RECEIVED))
                    .isInstanceOf(CaseLifecycleException.class).hasMessageContaining("DISPATCHED");
        }
    }

    @Nested
    @DisplayName("Repeats")
    class Repeats {

        @Test
        void a_repeat_of_the_same_category_near_the_case_within_the_window_joins_it_as_a_duplicate() {
            var c = received(IN_NX_M001);
            var near = new GeoPoint(121.3212, 31.2987); // about 10 m east
            assertThat(FIRE_LANE.repeats(c, near, RECEIVED.plus(Duration.ofHours(23)))).isTrue();
            assertThat(FIRE_LANE.repeats(c, near, RECEIVED.minus(Duration.ofHours(23)))).as("delivered out of order")
                    .isTrue();
            assertThat(FIRE_LANE.repeats(c, near, RECEIVED.plus(Duration.ofHours(24)))).isTrue();
            assertThat(FIRE_LANE.repeats(c, near, RECEIVED.plus(Duration.ofHours(25)))).as("outside the window").isFalse();
            assertThat(FIRE_LANE.repeats(c, new GeoPoint(121.3224, 31.2987), RECEIVED)).as("about 124 m away").isFalse();
            assertThat(FIRE_LANE.repeats(c, new GeoPoint(121.3221, 31.2987), RECEIVED)).as("about 95 m away").isTrue();
            // judged to the metre: 100.4 m is within 100 m, 100.6 m is not
            var east = new GeoPoint(POINT.longitude() + 100.4 / 95_246.0, POINT.latitude());
            assertThat(Math.round(POINT.metresTo(east))).isEqualTo(100);
            assertThat(FIRE_LANE.repeats(c, east, RECEIVED)).isTrue();
            var water = CasePolicyScenariosTest.category("WATERLOGGING", URBAN);
            assertThat(water.repeats(c, near, RECEIVED)).as("another category").isFalse();
            var event = c.joinDuplicate(SignalSource.HOTLINE_12345, "H-77", RECEIVED.plusSeconds(60));
            assertThat(event).isEqualTo(new CaseEvent.DuplicateJoined(id, SignalSource.HOTLINE_12345, "H-77", 1,
                    RECEIVED.plusSeconds(60)));
            assertThat(c.state().progress().duplicates()).isEqualTo(1);
            assertThat(c.state().history()).last().extracting(CaseStep::action, CaseStep::note)
                    .containsExactly(CaseAction.DUPLICATE_JOINED, "HOTLINE_12345 H-77");
        }

        @Test
        void a_closed_case_takes_no_repeat_and_a_category_without_a_distance_never_joins() {
            var c = received(IN_NX_M001);
            c.invalidate(DISPATCHER, "误报", RECEIVED);
            assertThat(FIRE_LANE.repeats(c, POINT, RECEIVED)).isFalse();
            assertThatThrownBy(() -> c.joinDuplicate(SignalSource.PATROL, "P-1", RECEIVED))
                    .isInstanceOf(CaseLifecycleException.class);
            var never = new CaseCategory("FIRE_LANE", FIRE_LANE.name(), FIRE, Urgency.URGENT, TimeLimit.hours(2),
                    TimeLimit.hours(2), Duration.ofHours(24), 0);
            assertThat(never.repeats(received(IN_NX_M001), POINT, RECEIVED)).isFalse();
        }
    }

    @Nested
    @DisplayName("Dispatch, sign-for and return")
    class Dispatch {

        @Test
        void dispatch_sends_it_to_the_category_owner_and_starts_the_time_to_sign_for() {
            var c = received(IN_NX_M001);
            c.file(DISPATCHER, null, RECEIVED);
            var event = c.dispatch(DISPATCHER, null, FIRE_LANE, CALENDAR_2023, RECEIVED);
            assertThat(event).isEqualTo(new CaseEvent.Dispatched(id, FIRE, RECEIVED.plus(Duration.ofHours(2)), RECEIVED));
            assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
            assertThat(c.state().progress().clock().stage()).isEqualTo(CaseClock.ClockStage.SIGN_FOR);
            assertThat(c.state().progress().dispatchedAt()).isEqualTo(RECEIVED);
            assertThatThrownBy(() -> received(IN_NX_M001).dispatch(DISPATCHER, null, FIRE_LANE, CALENDAR_2023, RECEIVED))
                    .as("a case is filed before it is dispatched").isInstanceOf(CaseLifecycleException.class);
        }

        @Test
        void only_the_department_it_was_dispatched_to_signs_for_it_and_the_time_to_respond_starts() {
            var c = dispatched(RECEIVED);
            assertThatThrownBy(() -> c.signFor(URBAN, FIRE_LANE, CALENDAR_2023, RECEIVED))
                    .isInstanceOf(CaseLifecycleException.class).hasMessageContaining("department");
            var at = RECEIVED.plus(Duration.ofHours(2));
            var event = c.signFor(FIRE, FIRE_LANE, CALENDAR_2023, at);
            assertThat(event).isEqualTo(new CaseEvent.SignedFor(id, FIRE, false, cityTime("2023-04-10T12:00"), at));
            assertThat(c.state().progress().handler()).isEqualTo(FIRE);
            assertThat(c.state().progress().signedForAt()).isEqualTo(at);
            assertThat(c.state().progress().late()).isFalse();
        }

        @Test
        void a_case_signed_for_after_its_time_is_late_and_so_never_closed_on_time() {
            var c = dispatched(RECEIVED);
            assertThat(c.signFor(FIRE, FIRE_LANE, CALENDAR_2023, RECEIVED.plus(Duration.ofHours(2)).plusSeconds(1))
                    .late()).isTrue();
            assertThat(c.state().progress().late()).isTrue();
            c.startHandling(FIRE, RECEIVED.plus(Duration.ofHours(3)));
            c.respond(FIRE, "已清理", List.of(), CALENDAR_2023, RECEIVED.plus(Duration.ofHours(4)));
            c.verify(NANXIANG, true, null, CALENDAR_2023, RECEIVED.plus(Duration.ofHours(5)));
            assertThat(c.close(NANXIANG, RECEIVED.plus(Duration.ofHours(5))).onTime()).isFalse();
        }

        @Test
        void the_department_returns_a_case_with_its_reason_within_the_time_to_sign_for_and_it_is_dispatched_again() {
            var c = dispatched(RECEIVED);
            assertThatThrownBy(() -> c.returnToDispatch(FIRE, "", CALENDAR_2023, RECEIVED))
                    .isInstanceOf(InvalidValueException.class);
            var at = RECEIVED.plus(Duration.ofHours(2));
            assertThat(c.returnToDispatch(FIRE, "不属本部门职责", CALENDAR_2023, at))
                    .isEqualTo(new CaseEvent.Returned(id, FIRE, "不属本部门职责", at));
            assertThat(c.status()).isEqualTo(CaseStatus.RETURNED);
            assertThat(c.state().progress().clock()).isNull();
            assertThat(c.state().progress().returns()).isEqualTo(1);
            c.dispatch(DISPATCHER, URBAN, FIRE_LANE, CALENDAR_2023, at.plusSeconds(60));
            assertThat(c.department()).isEqualTo(URBAN);
            assertThat(c.state().progress().dispatchedAt()).as("first dispatched").isEqualTo(RECEIVED);
        }

        @Test
        void a_return_after_the_time_to_sign_for_is_refused() {
            var c = dispatched(RECEIVED);
            assertThatThrownBy(() -> c.returnToDispatch(FIRE, "不属本部门职责", CALENDAR_2023,
                    RECEIVED.plus(Duration.ofHours(2)).plusSeconds(1))).isInstanceOf(CaseReturnTooLateException.class);
            assertThat(c.status()).isEqualTo(CaseStatus.DISPATCHED);
            var signed = dispatched(RECEIVED);
            signed.signFor(FIRE, FIRE_LANE, CALENDAR_2023, RECEIVED);
            assertThatThrownBy(() -> signed.returnToDispatch(FIRE, "不属本部门职责", CALENDAR_2023, RECEIVED))
                    .as("once signed for").isInstanceOf(CaseLifecycleException.class);
        }
    }

    @Nested
    @DisplayName("Handling and verification")
    class Verification {

        @Test
        void the_handler_responds_with_photos_and_the_clock_waits_for_the_verifier() {
            var c = handling(RECEIVED);
            var at = RECEIVED.plus(Duration.ofHours(5));
            assertThatThrownBy(() -> c.respond(FIRE, " ", List.of(), CALENDAR_2023, at))
                    .isInstanceOf(InvalidValueException.class);
            assertThat(c.respond(FIRE, "已清理", List.of("https://photos.example.cn/b.jpg"), CALENDAR_2023, at))
                    .isEqualTo(new CaseEvent.Responded(id, false, at));
            var clock = c.state().progress().clock();
            assertThat(clock.running()).isFalse();
            assertThat(clock.used()).isEqualTo(Duration.ofHours(5));
            assertThat(c.state().progress().respondedAt()).isEqualTo(at);
            assertThat(c.state().history()).last().extracting(CaseStep::photos)
                    .isEqualTo(List.of("https://photos.example.cn/b.jpg"));
        }

        @Test
        void the_verifier_is_never_the_organization_that_handled_the_case() {
            var c = responded(RECEIVED);
            assertThatThrownBy(() -> c.verify(FIRE, true, null, CALENDAR_2023, RECEIVED))
                    .isInstanceOf(CaseVerifierException.class);
            assertThat(c.status()).isEqualTo(CaseStatus.RESPONDED);
            assertThat(c.verify(NANXIANG, true, "现场核查已畅通", CALENDAR_2023, RECEIVED))
                    .isEqualTo(new CaseEvent.Verified(id, NANXIANG, RECEIVED));
            assertThat(c.status()).isEqualTo(CaseStatus.VERIFIED);
            assertThat(c.state().progress().clock()).isNull();
            assertThat(responded(RECEIVED).verify(null, true, null, CALENDAR_2023, RECEIVED))
                    .as("the district's admin").isInstanceOf(CaseEvent.Verified.class);
        }

        @Test
        void a_failed_verification_sends_it_back_with_its_finding_and_the_time_to_respond_runs_on() {
            var c = responded(RECEIVED);
            var later = RECEIVED.plus(Duration.ofDays(1));
            assertThatThrownBy(() -> c.verify(NANXIANG, false, null, CALENDAR_2023, later))
                    .isInstanceOf(InvalidValueException.class);
            assertThat(c.verify(NANXIANG, false, "车辆仍在", CALENDAR_2023, later))
                    .isEqualTo(new CaseEvent.VerificationFailed(id, NANXIANG, "车辆仍在", later));
            assertThat(c.status()).isEqualTo(CaseStatus.VERIFY_FAILED);
            // the day waiting for the verifier did not count: three working days from the restart on 5 April
            // (清明, a holiday), so Thursday, Friday and Monday
            assertThat(c.state().progress().clock().deadline()).isEqualTo(cityTime("2023-04-11T00:00"));
            assertThat(c.startHandling(FIRE, later)).isEqualTo(new CaseEvent.HandlingStarted(id, later));
            assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
        }

        @Test
        void only_a_verified_case_is_closed_and_closed_on_time_when_no_limit_passed() {
            var c = responded(RECEIVED);
            assertThatThrownBy(() -> c.close(NANXIANG, RECEIVED)).isInstanceOf(CaseLifecycleException.class)
                    .hasMessageContaining("RESPONDED").hasMessageContaining("已反馈");
            c.verify(NANXIANG, true, null, CALENDAR_2023, RECEIVED);
            var closed = c.close(NANXIANG, RECEIVED.plusSeconds(1));
            assertThat(closed).isEqualTo(new CaseEvent.Closed(id, true, RECEIVED.plusSeconds(1)));
            assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
            assertThat(c.state().progress().closedAt()).isEqualTo(RECEIVED.plusSeconds(1));
            assertThat(c.isOverdueAt(RECEIVED.plus(Duration.ofDays(30)))).isFalse();
        }

        @Test
        void a_response_after_the_time_to_respond_is_late() {
            var c = handling(RECEIVED);
            // three working days from Tuesday 10:00 over 清明 (Wednesday): Monday 10:00
            assertThat(c.state().progress().clock().deadline()).isEqualTo(cityTime("2023-04-10T10:00"));
            assertThat(c.respond(FIRE, "已清理", List.of(), CALENDAR_2023, cityTime("2023-04-10T10:00:01")).late())
                    .isTrue();
            assertThat(c.state().progress().late()).isTrue();
        }
    }

    @Nested
    @DisplayName("Suspension and escalation")
    class Limits {

        @Test
        void a_suspended_case_does_not_count_its_paused_time() {
            var c = handling(RECEIVED);
            var paused = cityTime("2023-04-05T10:00");
            assertThatThrownBy(() -> c.suspend(FIRE, null, CALENDAR_2023, paused)).isInstanceOf(InvalidValueException.class);
            assertThat(c.suspend(FIRE, "等待产权单位配合", CALENDAR_2023, paused))
                    .isEqualTo(new CaseEvent.Suspended(id, "等待产权单位配合", paused));
            assertThat(c.status()).isEqualTo(CaseStatus.SUSPENDED);
            assertThat(c.isOverdueAt(cityTime("2023-04-30T10:00"))).isFalse();
            assertThat(c.isDueForEscalation(cityTime("2023-04-30T10:00"))).isFalse();
            var resumed = cityTime("2023-04-10T10:00");
            // one working day used (4 April, 10:00 to 5 April, 10:00 in 2023, 清明 on the 5th not counted: 14 h), 58 h left
            assertThat(c.resume(FIRE, CALENDAR_2023, resumed))
                    .isEqualTo(new CaseEvent.Resumed(id, cityTime("2023-04-12T20:00"), resumed));
            assertThat(c.status()).isEqualTo(CaseStatus.HANDLING);
            assertThat(c.state().progress().suspendedFrom()).isNull();
            assertThatThrownBy(() -> c.resume(FIRE, CALENDAR_2023, resumed)).isInstanceOf(CaseLifecycleException.class);
        }

        @Test
        void each_limit_that_passes_without_the_next_step_sends_the_case_one_grid_level_up_to_the_town() {
            var c = dispatched(RECEIVED);
            var limit = RECEIVED.plus(Duration.ofHours(2));
            assertThat(c.isDueForEscalation(limit.minusSeconds(1))).isFalse();
            assertThatThrownBy(() -> c.escalate(CALENDAR_2023, limit.minusSeconds(1)))
                    .isInstanceOf(CaseLifecycleException.class);
            assertThat(c.isDueForEscalation(limit)).isTrue();
            assertThat(c.escalate(CALENDAR_2023, limit))
                    .isEqualTo(new CaseEvent.Escalated(id, CaseLevel.VILLAGE, "NX-V001", limit));
            assertThat(c.state().progress().late()).isTrue();
            assertThat(c.isDueForEscalation(limit)).as("not twice for one limit").isFalse();
            assertThatThrownBy(() -> c.escalate(CALENDAR_2023, limit)).isInstanceOf(CaseLifecycleException.class);
            var second = limit.plus(Duration.ofHours(2));
            assertThat(c.escalate(CALENDAR_2023, second).to()).isEqualTo(CaseLevel.AREA);
            var third = second.plus(Duration.ofHours(2));
            assertThat(c.escalate(CALENDAR_2023, third))
                    .isEqualTo(new CaseEvent.Escalated(id, CaseLevel.TOWN, null, third));
            assertThat(c.state().progress().escalations()).isEqualTo(3);
            assertThat(c.state().progress().clock().escalations()).isEqualTo(3);
            assertThat(c.state().progress().clock().nextEscalationAt()).as("nothing above the town").isNull();
            assertThat(c.isDueForEscalation(third.plus(Duration.ofDays(30)))).isFalse();
            assertThat(c.isOverdueAt(third)).isTrue();
            assertThat(c.state().history()).last().extracting(CaseStep::note).isEqualTo("TOWN");
        }

        @Test
        void a_case_outside_every_grid_is_at_the_town_from_the_start_and_never_escalated() {
            var c = received(CaseRouting.outsideEveryGrid());
            c.file(null, MALU, RECEIVED);
            c.dispatch(null, null, FIRE_LANE, CALENDAR_2023, RECEIVED);
            assertThat(c.state().progress().clock().nextEscalationAt()).isNull();
            assertThat(c.isDueForEscalation(RECEIVED.plus(Duration.ofDays(3)))).isFalse();
            assertThat(c.isOverdueAt(RECEIVED.plus(Duration.ofDays(3)))).isTrue();
        }

        @Test
        void overdue_is_judged_at_an_instant_against_the_running_limit() {
            var c = dispatched(RECEIVED);
            assertThat(c.isOverdueAt(RECEIVED.plus(Duration.ofHours(2)))).isFalse();
            assertThat(c.isOverdueAt(RECEIVED.plus(Duration.ofHours(2)).plusSeconds(1))).isTrue();
            assertThat(received(IN_NX_M001).isOverdueAt(RECEIVED.plus(Duration.ofDays(9))))
                    .as("no limit runs before dispatch").isFalse();
            var responded = responded(RECEIVED);
            assertThat(responded.isOverdueAt(RECEIVED.plus(Duration.ofDays(30))))
                    .as("waiting for its verifier").isFalse();
            assertThat(responded.dueAt()).isNull();
            var late = handling(RECEIVED);
            late.respond(FIRE, "已清理", List.of(), CALENDAR_2023, cityTime("2023-04-11T10:00"));
            assertThat(late.dueAt()).as("a late response is still overdue while it waits")
                    .isEqualTo(cityTime("2023-04-10T10:00"));
            assertThat(late.isOverdueAt(cityTime("2023-04-12T10:00"))).isTrue();
            var verified = late;
            verified.verify(NANXIANG, true, null, CALENDAR_2023, cityTime("2023-04-12T10:00"));
            assertThat(verified.dueAt()).isNull();
        }

        @Test
        void a_clock_paused_at_its_limit_is_not_past_it_and_one_paused_after_it_is() {
            var running = CaseClock.start(CaseClock.ClockStage.RESPOND, TimeLimit.hours(2), RECEIVED, CALENDAR_2023, false);
            var atLimit = running.pause(RECEIVED.plus(Duration.ofHours(2)), CALENDAR_2023);
            assertThat(atLimit.deadline()).isNull();
            assertThat(atLimit.isPastLimitAt(RECEIVED.plus(Duration.ofDays(9)))).isFalse();
            var over = running.pause(RECEIVED.plus(Duration.ofHours(2)).plusSeconds(1), CALENDAR_2023);
            assertThat(over.deadline()).isEqualTo(RECEIVED.plus(Duration.ofHours(2)));
            assertThat(over.isPastLimitAt(RECEIVED.plus(Duration.ofDays(9)))).isTrue();
            assertThat(over.resume(RECEIVED.plus(Duration.ofDays(9)), CALENDAR_2023, false).deadline())
                    .as("nothing left: due at once").isEqualTo(RECEIVED.plus(Duration.ofDays(9)));
        }

        @Test
        void steps_out_of_their_place_are_refused_with_the_status_the_case_is_in() {
            var c = received(IN_NX_M001);
            assertThatThrownBy(() -> c.signFor(FIRE, FIRE_LANE, CALENDAR_2023, RECEIVED))
                    .isInstanceOf(CaseLifecycleException.class);
            assertThatThrownBy(() -> c.startHandling(FIRE, RECEIVED)).isInstanceOf(CaseLifecycleException.class);
            assertThatThrownBy(() -> c.respond(FIRE, "x", List.of(), CALENDAR_2023, RECEIVED))
                    .isInstanceOf(CaseLifecycleException.class);
            assertThatThrownBy(() -> c.verify(NANXIANG, true, null, CALENDAR_2023, RECEIVED))
                    .isInstanceOf(CaseLifecycleException.class).hasMessageStartingWith("VERIFIED is refused");
            assertThatThrownBy(() -> c.verify(NANXIANG, false, "x", CALENDAR_2023, RECEIVED))
                    .isInstanceOf(CaseLifecycleException.class).hasMessageStartingWith("VERIFICATION_FAILED is refused");
            assertThatThrownBy(() -> c.suspend(FIRE, "x", CALENDAR_2023, RECEIVED))
                    .isInstanceOf(CaseLifecycleException.class);
            assertThatThrownBy(() -> c.returnToDispatch(FIRE, "x", CALENDAR_2023, RECEIVED))
                    .isInstanceOf(CaseLifecycleException.class);
            c.file(DISPATCHER, null, RECEIVED);
            assertThatThrownBy(() -> c.file(DISPATCHER, null, RECEIVED)).isInstanceOf(CaseLifecycleException.class)
                    .hasMessageContaining("FILED");
            assertThat(c.isDueForEscalation(RECEIVED.plus(Duration.ofDays(300)))).isFalse();
        }

        @Test
        void a_stored_version_only_grows() {
            var c = received(IN_NX_M001);
            c.markStored(1);
            assertThat(c.version()).isEqualTo(1);
            assertThatThrownBy(() -> c.markStored(1)).isInstanceOf(IllegalArgumentException.class);
            assertThat(CityCase.restore(c.state()).state()).isEqualTo(c.state());
        }
    }

    @Test
    void a_person_reads_the_loop_in_chinese_and_ids_read_as_they_are_written() {
        assertThat(CaseStatus.SIGNED_FOR.nameZh()).isEqualTo("已签收");
        assertThat(CaseAction.RETURNED.nameZh()).isEqualTo("退单");
        assertThat(CaseLevel.VILLAGE.nameZh()).isEqualTo("村居网格");
        assertThat(Urgency.URGENT.nameZh()).isEqualTo("紧急");
        assertThat(SignalSource.HOTLINE_12345.nameZh()).isEqualTo("12345热线");
        var text = "0190d9a4-5c2e-7aa1-8b0e-3f6d2c1b0a99";
        assertThat(CaseId.parse("caseId", text).toString()).isEqualTo(text);
        assertThat(CasePolicyId.parse("policyId", text).toString()).isEqualTo(text);
        assertThat(ShortBoardProblemId.parse("problemId", text).toString()).isEqualTo(text);
        assertThat(received(IN_NX_M001).getId()).isEqualTo(id);
    }

    @Test
    void intake_keeps_photos_by_reference_and_refuses_what_is_not_an_http_url() {
        assertThatThrownBy(() -> CaseIntake.photos(List.of("file:///etc/passwd"))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CaseIntake.photos(List.of("not a url"))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CaseIntake.photos(List.of("https:relative"))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CaseIntake.photos(java.util.Collections.nCopies(10, "https://a.cn/p.jpg")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 9");
        assertThat(CaseIntake.photos(java.util.Collections.nCopies(9, "HTTP://a.cn/p.jpg"))).hasSize(9);
        assertThat(CaseIntake.photos(null)).isEmpty();
        assertThatThrownBy(() -> new GeoPoint(31.29, 121.32)).as("latitude first").isInstanceOf(InvalidValueException.class);
        assertThat(new GeoPoint(121.123456789, 31.2).longitude()).isEqualTo(121.1234568);
        assertThat(new GeoPoint(73.0, 3.0)).as("China's corners").isEqualTo(new GeoPoint(73.0, 3.0));
        assertThat(new GeoPoint(136.0, 54.0).latitude()).isEqualTo(54.0);
        assertThatThrownBy(() -> new GeoPoint(72.9999999, 31.0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new GeoPoint(136.0000001, 31.0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new GeoPoint(121.0, 2.9999999)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new GeoPoint(121.0, 54.0000001)).isInstanceOf(InvalidValueException.class);
        assertThat(new GeoPoint(121.0, 31.0).metresTo(new GeoPoint(121.0, 32.0))).isBetween(111_100.0, 111_300.0);
        var box = POINT.around(100);
        assertThat(box.minLongitude()).isLessThan(POINT.longitude());
        assertThat(box.maxLongitude()).isGreaterThan(POINT.longitude());
        assertThat(box.minLatitude()).isLessThan(POINT.latitude());
        assertThat(box.maxLatitude()).isGreaterThan(POINT.latitude());
        var corners = new GeoPoint[] {new GeoPoint(box.minLongitude(), POINT.latitude()),
                new GeoPoint(box.maxLongitude(), POINT.latitude()), new GeoPoint(POINT.longitude(), box.minLatitude()),
                new GeoPoint(POINT.longitude(), box.maxLatitude())};
        for (GeoPoint edge : corners) {
            assertThat(POINT.metresTo(edge)).as("the box reaches past 100 m on each side, not far").isBetween(100.0, 101.0);
        }
        assertThatThrownBy(() -> new CaseIntake(null, "1", "FIRE_LANE", POINT, null, "x", null, null, RECEIVED))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("SIGN_PLATFORM");
        assertThatThrownBy(() -> new CaseIntake(SignalSource.PATROL, "1", "FIRE_LANE", null, null, "x", null, null,
                RECEIVED)).isInstanceOf(InvalidValueException.class).hasMessageContaining("location");
    }
}
