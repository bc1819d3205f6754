package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ronghe.adapter.persistence.usecases.CaseScene.IN_M001;
import static org.ronghe.adapter.persistence.usecases.CaseScene.IN_M002;
import static org.ronghe.adapter.persistence.usecases.CaseScene.OUTSIDE;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ronghe.application.cases.port.in.CaseChange;
import org.ronghe.application.cases.port.in.CaseIntakeView.Outcome;
import org.ronghe.application.cases.port.in.CaseView;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.cases.CaseCriteria;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.cases.CaseLevel;
import org.ronghe.domain.cases.CaseLifecycleException;
import org.ronghe.domain.cases.CasePolicyExistsException;
import org.ronghe.domain.cases.CaseReturnTooLateException;
import org.ronghe.domain.cases.CaseStatus;
import org.ronghe.domain.cases.CategoryInUseException;
import org.ronghe.domain.cases.NoCasePolicyException;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.StaleVersionException;
import org.ronghe.domain.shared.UnknownReferenceException;

/** City signals taken in, routed to the grids and moved through their loop, on the in-memory adapter. */
class CaseUseCasesTest {

    private final CaseScene scene = new CaseScene().drawGrids();
    private final OnMemory memory = scene.memory;

    @AfterEach
    void close() {
        scene.close();
    }

    private CaseView change(Caller caller, CaseChange change) {
        return memory.ronghe.cases().commands().change(caller, change);
    }

    private CaseView reread(CaseView view) {
        return memory.ronghe.cases().queries().cityCase(view.cityCase().id(), null);
    }

    private CaseId id(CaseView view) {
        return view.cityCase().id();
    }

    private long version(CaseView view) {
        return view.cityCase().version();
    }

    /** A fire-lane case filed and dispatched by 南翔. */
    private CaseView dispatched() {
        var received = scene.report("FIRE_LANE", IN_M001).cityCase();
        var filed = change(scene.town, new CaseChange.File(id(received), version(received), null));
        return change(scene.town, new CaseChange.Dispatch(id(filed), version(filed), null));
    }

    @Test
    void no_signal_is_taken_in_before_the_district_adopts_its_policy() {
        assertThatThrownBy(() -> scene.report("FIRE_LANE", IN_M001)).isInstanceOf(NoCasePolicyException.class);
        assertThatThrownBy(() -> memory.ronghe.cases().queries().policy())
                .isInstanceOf(AggregateNotFoundException.class);
        assertThat(memory.ronghe.cases().commands().escalateDue(OnMemory.ADMIN, memory.now())).isZero();
    }

    @Test
    void the_admin_adopts_the_policy_once_with_departments_as_owners_and_revises_it_whole() {
        assertThatThrownBy(() -> memory.ronghe.cases().commands().adoptPolicy(scene.town,
                CaseScene.policy(0, scene.categories()))).isInstanceOf(AccessDeniedException.class);
        var notADepartment = List.of(new org.ronghe.domain.cases.CaseCategory("FIRE_LANE",
                scene.fireLane().name(), scene.nanxiang.id(), scene.fireLane().urgency(), scene.fireLane().toSignFor(),
                scene.fireLane().toRespond(), Duration.ZERO, 0));
        assertThatThrownBy(() -> memory.ronghe.cases().commands().adoptPolicy(OnMemory.ADMIN,
                CaseScene.policy(0, notADepartment))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("department party body");
        int entries = memory.auditEntries();
        var adopted = memory.ronghe.cases().commands().adoptPolicy(OnMemory.ADMIN, CaseScene.policy(0,
                scene.categories()));
        assertThat(adopted.policy().version()).isEqualTo(1);
        assertThat(adopted.departmentNames()).containsEntry(scene.fire.id().toString(), "区消防救援支队党委");
        assertThat(memory.auditEntries()).isEqualTo(entries + 1);
        assertThat(memory.auditOf(adopted.policy().id().toString())).singleElement().satisfies(entry -> assertThat(
                entry.changes()).extracting(FieldChange::field).containsExactly("categories"));
        assertThat(memory.ronghe.cases().queries().policy()).isEqualTo(adopted);
        assertThatThrownBy(() -> memory.ronghe.cases().commands().adoptPolicy(OnMemory.ADMIN,
                CaseScene.policy(0, scene.categories()))).isInstanceOf(CasePolicyExistsException.class);

        scene.report("FIRE_LANE", IN_M001);
        var withoutFireLane = List.of(scene.categories().get(1));
        assertThatThrownBy(() -> memory.ronghe.cases().commands().adoptPolicy(OnMemory.ADMIN,
                CaseScene.policy(1, withoutFireLane))).isInstanceOf(CategoryInUseException.class)
                .hasMessageContaining("FIRE_LANE");
        assertThatThrownBy(() -> memory.ronghe.cases().commands().adoptPolicy(OnMemory.ADMIN,
                CaseScene.policy(7, scene.categories()))).isInstanceOf(StaleVersionException.class);
        var revised = memory.ronghe.cases().commands().adoptPolicy(OnMemory.ADMIN, CaseScene.policy(1,
                List.of(scene.fireLane())));
        assertThat(revised.policy().version()).isEqualTo(2);
        assertThat(memory.auditOf(revised.policy().id().toString())).hasSize(2).anySatisfy(entry ->
                assertThat(entry.changes()).contains(new FieldChange("removed", null, "WATERLOGGING")));
    }

    @Test
    void a_signal_becomes_a_case_routed_to_the_micro_grid_and_town_its_point_lies_in_with_names_beside_ids() {
        scene.adoptPolicy();
        int entries = memory.auditEntries();
        var intake = scene.report("FIRE_LANE", IN_M001);
        assertThat(intake.outcome()).isEqualTo(Outcome.NEW_CASE);
        var c = intake.cityCase();
        var routing = c.cityCase().progress().routing();
        assertThat(List.of(routing.microCode(), routing.villageCode(), routing.areaCode()))
                .containsExactly("NX-M001", "NX-V01", "NX-A01");
        assertThat(routing.town()).isEqualTo(scene.nanxiang.id());
        assertThat(c.cityCase().progress().department()).isEqualTo(scene.fire.id());
        assertThat(c.categoryName()).isEqualTo("消防通道堵塞");
        assertThat(c.answeringGridCode()).isEqualTo("NX-M001");
        assertThat(c.organizationNames()).containsEntry(scene.nanxiang.id().toString(), "南翔镇党委")
                .containsEntry(scene.fire.id().toString(), "区消防救援支队党委");
        assertThat(c.cityCase().version()).isEqualTo(1);
        assertThat(memory.auditEntries()).isEqualTo(entries + 1);
        assertThat(memory.auditOf(id(c).toString())).singleElement().satisfies(entry -> assertThat(entry.changes())
                .contains(new FieldChange("status", null, "RECEIVED"), new FieldChange("gridCode", null, "NX-M001")));
        assertThat(scene.report("FIRE_LANE", IN_M002).cityCase().answeringGridCode()).as("150 m away, its own case")
                .isEqualTo("NX-M002");
    }

    @Test
    void a_replayed_event_gives_the_same_case_and_a_repeat_nearby_joins_it_as_a_duplicate() {
        scene.adoptPolicy();
        var first = scene.report(scene.patrol, "FIRE_LANE", IN_M001, "SP-100").cityCase();
        int entries = memory.auditEntries();
        var replay = scene.report(scene.patrol, "FIRE_LANE", IN_M001, "SP-100");
        assertThat(replay.outcome()).isEqualTo(Outcome.ALREADY_RECEIVED);
        assertThat(replay.cityCase().cityCase()).isEqualTo(first.cityCase());
        assertThat(memory.auditEntries()).as("a replay writes nothing").isEqualTo(entries);

        var nearby = new org.ronghe.domain.cases.GeoPoint(121.2451, 31.375);
        var repeat = scene.report(scene.patrol, "FIRE_LANE", nearby, "SP-101");
        assertThat(repeat.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(repeat.cityCase().cityCase().id()).isEqualTo(id(first));
        assertThat(repeat.cityCase().cityCase().progress().duplicates()).isEqualTo(1);
        assertThat(memory.auditEntries()).isEqualTo(entries + 1);
        assertThat(memory.auditOf(id(first).toString())).filteredOn(e -> e.eventType().equals("DuplicateJoined"))
                .singleElement().satisfies(e -> assertThat(e.changes()).contains(
                        new FieldChange("duplicateOf", null, "SIGN_PLATFORM SP-101"), new FieldChange("duplicates", null, "1")));
        assertThat(scene.report(scene.patrol, "FIRE_LANE", nearby, "SP-101").outcome())
                .as("the repeat's own id replayed").isEqualTo(Outcome.ALREADY_RECEIVED);
        int afterRepeat = memory.auditEntries();
        assertThatThrownBy(() -> scene.report(scene.patrol, "FIRE_LANE", IN_M001, "SP-101"))
                .as("the repeat's id with the first case's point: another signal").isInstanceOf(
                        org.ronghe.domain.cases.SignalEventIdReusedException.class);
        assertThatThrownBy(() -> scene.report(scene.patrol, "WATERLOGGING", IN_M001, "SP-100"))
                .as("the first id with another category").isInstanceOf(
                        org.ronghe.domain.cases.SignalEventIdReusedException.class);
        assertThat(memory.auditEntries()).as("a refused delivery writes nothing").isEqualTo(afterRepeat);
        assertThat(scene.report("WATERLOGGING", IN_M001).outcome()).as("another category").isEqualTo(Outcome.NEW_CASE);
        assertThat(memory.ronghe.cases().queries().cases(CaseCriteria.all(), PageRequest.first(), null).totalItems())
                .isEqualTo(2);
    }

    @Test
    void a_reader_reports_nothing_and_an_unknown_category_is_refused_by_name() {
        scene.adoptPolicy();
        assertThatThrownBy(() -> scene.report(memory.readerOf(scene.beiguan), "FIRE_LANE", IN_M001, "P-1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scene.report("NOISE", IN_M001)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("NOISE");
    }

    @Test
    void a_case_outside_every_grid_is_filed_to_a_town_by_the_district_and_then_that_town_dispatches_it() {
        scene.adoptPolicy();
        var c = scene.report("FIRE_LANE", OUTSIDE).cityCase();
        assertThat(c.cityCase().progress().routing().town()).isNull();
        assertThat(c.cityCase().progress().level()).isEqualTo(CaseLevel.TOWN);
        assertThatThrownBy(() -> change(scene.town, new CaseChange.File(id(c), 1, scene.nanxiang.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> change(OnMemory.ADMIN, new CaseChange.File(id(c), 1, scene.fire.id())))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("town party committee");
        assertThatThrownBy(() -> change(OnMemory.ADMIN, new CaseChange.File(id(c), 1,
                new org.ronghe.domain.organization.OrganizationId(java.util.UUID.randomUUID()))))
                .isInstanceOf(UnknownReferenceException.class);
        var filed = change(OnMemory.ADMIN, new CaseChange.File(id(c), 1, scene.nanxiang.id()));
        assertThat(filed.cityCase().progress().routing().town()).isEqualTo(scene.nanxiang.id());
        var dispatched = change(scene.town, new CaseChange.Dispatch(id(c), version(filed), null));
        assertThat(dispatched.cityCase().progress().status()).isEqualTo(CaseStatus.DISPATCHED);
    }

    @Test
    void the_loop_closes_town_dispatches_department_signs_for_handles_responds_town_verifies_and_closes() {
        scene.adoptPolicy();
        var c = dispatched();
        assertThat(c.dueAt()).isEqualTo(memory.now().plus(Duration.ofHours(2)));
        assertThatThrownBy(() -> change(scene.urbanOperator, new CaseChange.SignFor(id(c), version(c))))
                .as("another department").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> change(memory.operatorOf(scene.malu), new CaseChange.Close(id(c), version(c))))
                .as("another town").isInstanceOf(AccessDeniedException.class);
        var signed = change(scene.fireOperator, new CaseChange.SignFor(id(c), version(c)));
        assertThat(signed.cityCase().progress().handler()).isEqualTo(scene.fire.id());
        var handling = change(scene.fireOperator, new CaseChange.StartHandling(id(c), version(signed)));
        var responded = change(scene.fireOperator, new CaseChange.Respond(id(c), version(handling), "已清理占道车辆",
                List.of("https://photos.example.cn/after.jpg")));
        assertThatThrownBy(() -> change(scene.fireOperator, new CaseChange.Verify(id(c), version(responded), true,
                null))).as("the handler does not verify").isInstanceOf(AccessDeniedException.class);
        var failed = change(scene.town, new CaseChange.Verify(id(c), version(responded), false, "车辆仍在"));
        assertThat(failed.cityCase().progress().status()).isEqualTo(CaseStatus.VERIFY_FAILED);
        var again = change(scene.fireOperator, new CaseChange.StartHandling(id(c), version(failed)));
        var answered = change(scene.fireOperator, new CaseChange.Respond(id(c), version(again), "已拖离", List.of()));
        var verified = change(scene.town, new CaseChange.Verify(id(c), version(answered), true, "现场畅通"));
        var closed = change(scene.town, new CaseChange.Close(id(c), version(verified)));
        assertThat(closed.cityCase().progress().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.cityCase().history()).extracting(step -> step.action().name()).containsExactly("RECEIVED",
                "FILED", "DISPATCHED", "SIGNED_FOR", "HANDLING_STARTED", "RESPONDED", "VERIFICATION_FAILED",
                "HANDLING_STARTED", "RESPONDED", "VERIFIED", "CLOSED");
        assertThat(memory.auditOf(id(c).toString())).as("one audit entry per write").hasSize(11);
        assertThat(memory.auditOf(id(c).toString())).as("each saying the status it left the case in")
                .extracting(entry -> entry.changes().stream().filter(change -> change.field().equals("status"))
                        .map(FieldChange::newValue).findFirst().orElse(null))
                .containsExactlyInAnyOrder("RECEIVED", "FILED", "DISPATCHED", "SIGNED_FOR", "HANDLING", "RESPONDED",
                        "VERIFY_FAILED", "HANDLING", "RESPONDED", "VERIFIED", "CLOSED");
        assertThat(memory.auditOf(id(c).toString())).as("and what came with it")
                .flatExtracting(entry -> entry.changes().stream().map(FieldChange::field).toList())
                .contains("sourceEventId", "townId", "departmentId", "handlerId", "finding", "verifierId", "onTime");
        assertThat(reread(closed)).isEqualTo(closed);
    }

    @Test
    void the_town_invalidates_a_signal_that_is_no_case_with_its_reason_and_the_case_leaves_the_queue() {
        scene.adoptPolicy();
        var received = scene.report("FIRE_LANE", IN_M001).cityCase();
        var invalid = change(scene.town, new CaseChange.Invalidate(id(received), version(received), "重复误报，现场无占用"));

        assertThat(invalid.cityCase().progress().status()).isEqualTo(CaseStatus.INVALID);
        assertThat(memory.auditOf(id(received).toString())).filteredOn(e -> e.eventType().equals("Invalidated"))
                .singleElement().satisfies(e -> assertThat(e.changes()).contains(
                        new FieldChange("reason", null, "重复误报，现场无占用")));
        assertThat(reread(invalid)).isEqualTo(invalid);
    }

    @Test
    void a_repeat_inside_the_square_around_a_case_but_beyond_its_distance_is_a_case_of_its_own() {
        scene.adoptPolicy();
        var first = scene.report("FIRE_LANE", IN_M001).cityCase();
        // 80 m east and 80 m north: about 113 m away, farther than the category's 100 m
        var corner = new org.ronghe.domain.cases.GeoPoint(IN_M001.longitude() + 0.000843,
                IN_M001.latitude() + 0.000720);

        var other = scene.report("FIRE_LANE", corner);

        assertThat(other.outcome()).isEqualTo(Outcome.NEW_CASE);
        assertThat(other.cityCase().cityCase().id()).isNotEqualTo(id(first));
    }

    @Test
    void a_case_is_dispatched_to_a_department_that_exists_and_a_policy_names_only_departments_that_exist() {
        scene.adoptPolicy();
        var received = scene.report("FIRE_LANE", IN_M001).cityCase();
        var filed = change(scene.town, new CaseChange.File(id(received), version(received), null));
        var nobody = new org.ronghe.domain.organization.OrganizationId(java.util.UUID.randomUUID());
        assertThatThrownBy(() -> change(scene.town, new CaseChange.Dispatch(id(filed), version(filed), nobody)))
                .isInstanceOf(UnknownReferenceException.class)
                .satisfies(e -> assertThat(((UnknownReferenceException) e).field()).isEqualTo("departmentId"));

        var policy = memory.ronghe.cases().queries().policy();
        var owner = scene.fireLane();
        var ownedByNobody = new org.ronghe.domain.cases.CaseCategory("FIRE_LANE", owner.name(), nobody,
                owner.urgency(), owner.toSignFor(), owner.toRespond(), owner.repeatWindow(), owner.repeatMetres());
        var ownedByATown = new org.ronghe.domain.cases.CaseCategory("FIRE_LANE", owner.name(), scene.nanxiang.id(),
                owner.urgency(), owner.toSignFor(), owner.toRespond(), owner.repeatWindow(), owner.repeatMetres());
        assertThatThrownBy(() -> memory.ronghe.cases().commands().adoptPolicy(OnMemory.ADMIN, CaseScene.policy(
                policy.policy().version(), List.of(ownedByNobody)))).isInstanceOf(UnknownReferenceException.class);
        assertThatThrownBy(() -> memory.ronghe.cases().commands().adoptPolicy(OnMemory.ADMIN, CaseScene.policy(
                policy.policy().version(), List.of(ownedByATown)))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("department party body");
        assertThat(memory.ronghe.cases().queries().policy()).isEqualTo(policy);
    }

    @Test
    void a_step_on_a_stale_version_or_out_of_its_place_is_refused_and_changes_nothing() {
        scene.adoptPolicy();
        var c = dispatched();
        assertThatThrownBy(() -> change(scene.fireOperator, new CaseChange.SignFor(id(c), version(c) - 1)))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> change(scene.town, new CaseChange.Close(id(c), version(c))))
                .isInstanceOf(CaseLifecycleException.class);
        assertThat(reread(c).cityCase()).isEqualTo(c.cityCase());
        assertThatThrownBy(() -> change(scene.town, new CaseChange.Dispatch(id(c), version(c), scene.nanxiang.id())))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_department_returns_a_case_within_its_time_to_sign_for_and_the_town_sends_it_elsewhere() {
        scene.adoptPolicy();
        var c = dispatched();
        var returned = change(scene.fireOperator, new CaseChange.Return(id(c), version(c), "不属本部门职责"));
        assertThat(returned.cityCase().progress().status()).isEqualTo(CaseStatus.RETURNED);
        var redispatched = change(scene.town, new CaseChange.Dispatch(id(c), version(returned), scene.urban.id()));
        assertThat(redispatched.cityCase().progress().department()).isEqualTo(scene.urban.id());
        assertThat(redispatched.organizationNames()).as("the department that returned it, named in the history")
                .containsEntry(scene.fire.id().toString(), "区消防救援支队党委");
        assertThat(memory.auditOf(id(c).toString())).filteredOn(e -> e.eventType().equals("Returned"))
                .singleElement().satisfies(e -> assertThat(e.changes()).contains(
                        new FieldChange("reason", null, "不属本部门职责")));
        assertThatThrownBy(() -> change(scene.fireOperator, new CaseChange.SignFor(id(c), version(redispatched))))
                .isInstanceOf(AccessDeniedException.class);
        memory.advance(Duration.ofHours(3));
        assertThatThrownBy(() -> change(scene.urbanOperator, new CaseChange.Return(id(c), version(redispatched),
                "不属本部门职责"))).isInstanceOf(CaseReturnTooLateException.class);
    }

    @Test
    void the_town_suspends_a_case_for_an_agreed_extension_and_its_time_does_not_count() {
        scene.adoptPolicy();
        var c = dispatched();
        var signed = change(scene.fireOperator, new CaseChange.SignFor(id(c), version(c)));
        assertThatThrownBy(() -> change(scene.fireOperator, new CaseChange.Suspend(id(c), version(signed), "等待")))
                .isInstanceOf(AccessDeniedException.class);
        var suspended = change(scene.town, new CaseChange.Suspend(id(c), version(signed), "等待产权单位配合"));
        assertThat(suspended.dueAt()).isNull();
        memory.advance(Duration.ofDays(30));
        assertThat(reread(suspended).overdue()).isFalse();
        var resumed = change(scene.town, new CaseChange.Resume(id(c), version(suspended)));
        assertThat(resumed.cityCase().progress().status()).isEqualTo(CaseStatus.SIGNED_FOR);
        assertThat(resumed.dueAt()).isAfter(memory.now().plus(Duration.ofDays(2)));
        assertThat(memory.auditOf(id(c).toString())).filteredOn(e -> e.eventType().matches("Suspended|Resumed"))
                .flatExtracting(e -> e.changes().stream().map(FieldChange::field).toList())
                .contains("reason", "suspended", "dueAt");
    }

    @Test
    void the_scan_escalates_each_case_whose_limit_passed_one_grid_level_up_once_per_limit() {
        scene.adoptPolicy();
        var c = dispatched();
        var commands = memory.ronghe.cases().commands();
        assertThat(commands.escalateDue(OnMemory.ADMIN, memory.now())).isZero();
        memory.advance(Duration.ofHours(2));
        assertThat(commands.escalateDue(OnMemory.ADMIN, memory.now())).isEqualTo(1);
        assertThat(commands.escalateDue(OnMemory.ADMIN, memory.now())).as("idempotent").isZero();
        var escalated = reread(c);
        assertThat(escalated.cityCase().progress().level()).isEqualTo(CaseLevel.VILLAGE);
        assertThat(escalated.answeringGridCode()).isEqualTo("NX-V01");
        assertThat(escalated.overdue()).isFalse();
        memory.advance(Duration.ofHours(5));
        assertThat(commands.escalateDue(OnMemory.ADMIN, memory.now())).as("area, then town").isEqualTo(2);
        assertThat(reread(c).cityCase().progress().level()).isEqualTo(CaseLevel.TOWN);
        assertThat(reread(c).overdue()).isTrue();
        assertThat(memory.auditOf(id(c).toString())).filteredOn(e -> e.eventType().equals("Escalated"))
                .extracting(e -> e.changes().stream().filter(change -> change.field().equals("level"))
                        .map(FieldChange::newValue).findFirst().orElse(null))
                .containsExactlyInAnyOrder("VILLAGE", "AREA", "TOWN");
    }

    @Test
    void queues_list_cases_by_town_department_grid_and_overdue_newest_first() {
        scene.adoptPolicy();
        var old = dispatched();
        memory.advance(Duration.ofMinutes(1));
        var water = scene.report("WATERLOGGING", IN_M002).cityCase();
        var queries = memory.ronghe.cases().queries();
        assertThat(queries.cases(new CaseCriteria(null, scene.nanxiang.id(), null, null, null, null),
                PageRequest.first(), null).items()).extracting(v -> v.cityCase().id())
                .containsExactly(id(water), id(old));
        assertThat(queries.cases(new CaseCriteria(null, null, null, scene.urban.id(), null, null), PageRequest.first(),
                null).items()).extracting(v -> v.cityCase().id()).containsExactly(id(water));
        var later = memory.now().plus(Duration.ofHours(3));
        var overdue = queries.cases(new CaseCriteria(null, null, null, null, null, later), PageRequest.first(), later);
        assertThat(overdue.items()).singleElement().satisfies(v -> {
            assertThat(v.cityCase().id()).isEqualTo(id(old));
            assertThat(v.overdue()).isTrue();
        });
        assertThat(queries.overdueCases(CaseCriteria.all(), PageRequest.first(), later).items())
                .extracting(v -> v.cityCase().id()).containsExactly(id(old));
        assertThat(queries.overdueCases(CaseCriteria.all(), PageRequest.first(), null).items())
                .as("nothing overdue now").isEmpty();
        memory.advance(Duration.ofHours(3));
        assertThat(queries.overdueCases(CaseCriteria.all(), PageRequest.first(), null).items())
                .as("judged at the clock's now").extracting(v -> v.cityCase().id()).containsExactly(id(old));
        assertThatThrownBy(() -> queries.cityCase(new CaseId(java.util.UUID.randomUUID()), null))
                .isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void figures_name_each_town_village_grid_department_and_category_and_count_the_late_ones() {
        scene.adoptPolicy();
        dispatched();
        scene.report("WATERLOGGING", OUTSIDE);
        var queries = memory.ronghe.cases().queries();
        memory.advance(Duration.ofHours(3));

        var byTown = queries.figures(org.ronghe.domain.cases.CaseFigureQuery.Grouping.TOWN, null, null, null);
        assertThat(byTown.asOf()).as("now when left out").isEqualTo(memory.now());
        assertThat(byTown.rows()).extracting(row -> row.name(), row -> row.figure().received(),
                row -> row.figure().openPastLimit()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("南翔镇党委", 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple(null, 1L, 0L));
        assertThat(queries.figures(org.ronghe.domain.cases.CaseFigureQuery.Grouping.GRID, null, null, null).rows())
                .extracting(row -> row.name()).containsExactly("NX-V01", null);
        assertThat(queries.figures(org.ronghe.domain.cases.CaseFigureQuery.Grouping.DEPARTMENT, null, null, null)
                .rows()).extracting(row -> row.name()).containsExactlyInAnyOrder("区消防救援支队党委", "区城管执法局党组");
        assertThat(queries.figures(org.ronghe.domain.cases.CaseFigureQuery.Grouping.CATEGORY, null, null, null)
                .rows()).extracting(row -> row.name()).containsExactly("消防通道堵塞", "道路积水");
        assertThat(queries.figures(org.ronghe.domain.cases.CaseFigureQuery.Grouping.TOWN, null, null,
                memory.now().minus(Duration.ofHours(4))).rows()).as("before any case came in").isEmpty();
    }

    private org.ronghe.application.cases.port.in.CaseIntakeView reportAt(String category, double longitude) {
        return scene.report(category, new org.ronghe.domain.cases.GeoPoint(longitude, 31.375));
    }

    @Test
    void five_cases_of_a_category_in_a_village_grid_within_30_days_raise_one_short_board_problem_for_its_committee() {
        scene.adoptPolicy();
        var ronghe = memory.ronghe;
        var promotion = ronghe.committees().commands().plan(OnMemory.ADMIN,
                new org.ronghe.application.committee.port.in.PlanCommitteeCommand(
                        org.ronghe.domain.committee.CommitteeTier.DISTRICT_PROMOTION,
                        org.ronghe.domain.shared.BilingualName.of("推进委员会", null), null, null,
                        java.time.LocalDate.of(2021, 1, 1)));
        double[] apart = {121.241, 121.245, 121.249, 121.253, 121.257, 121.259};
        for (int i = 0; i < 4; i++) {
            assertThat(reportAt("FIRE_LANE", apart[i]).outcome()).isEqualTo(Outcome.NEW_CASE);
            memory.advance(Duration.ofDays(1));
        }
        var queries = ronghe.cases().queries();
        assertThat(queries.shortBoardProblems(null, null, null, PageRequest.first()).items()).as("four: not yet")
                .isEmpty();
        int entries = memory.auditEntries();
        reportAt("FIRE_LANE", apart[4]);
        var raised = queries.shortBoardProblems(null, null, null, PageRequest.first()).items();
        assertThat(raised).singleElement().satisfies(v -> {
            assertThat(v.problem().cases()).isEqualTo(5);
            assertThat(v.problem().villageGridCode()).isEqualTo("NX-V01");
            assertThat(v.problem().committee()).as("the town sits in no area committee: the promotion committee")
                    .isEqualTo(promotion.id());
            assertThat(v.committeeName()).isEqualTo("推进委员会");
            assertThat(v.categoryName()).isEqualTo("消防通道堵塞");
            assertThat(v.townName()).isEqualTo("南翔镇党委");
            assertThat(v.problem().problem()).contains("NX-V01", "消防通道堵塞", "5 起");
        });
        assertThat(memory.auditEntries()).as("the case and the problem").isEqualTo(entries + 2);
        assertThat(memory.auditOf(raised.get(0).problem().id().toString())).singleElement()
                .satisfies(entry -> assertThat(entry.changes()).extracting(change -> change.field())
                        .contains("category", "gridCode", "cases", "committeeId"));
        reportAt("FIRE_LANE", apart[5]);
        assertThat(queries.shortBoardProblems(null, null, "FIRE_LANE", PageRequest.first()).items())
                .as("the sixth is the same pile").hasSize(1);

        var area = ronghe.areas().commands().define(OnMemory.ADMIN, new org.ronghe.application.area.port.in
                .DefineAreaCommand(org.ronghe.domain.area.AreaLayout.AREA,
                        org.ronghe.domain.shared.BilingualName.of("南翔片区", null), java.util.Set.of(scene.nanxiang.id())));
        var planned = ronghe.committees().commands().plan(OnMemory.ADMIN,
                new org.ronghe.application.committee.port.in.PlanCommitteeCommand(
                        org.ronghe.domain.committee.CommitteeTier.AREA,
                        org.ronghe.domain.shared.BilingualName.of("南翔融委会", null), null, area.id(),
                        java.time.LocalDate.of(2022, 3, 1)));
        var areaCommittee = ronghe.committees().commands().change(OnMemory.ADMIN,
                new org.ronghe.application.committee.port.in.CommitteeChange.AdmitMember(planned.id(), 1,
                        scene.nanxiang.id(), org.ronghe.domain.committee.MembershipRole.LEAD,
                        java.time.LocalDate.of(2022, 3, 1)));
        for (int i = 0; i < 5; i++) {
            reportAt("WATERLOGGING", apart[i]);
        }
        assertThat(queries.shortBoardProblems(areaCommittee.id(), null, null, PageRequest.first()).items())
                .singleElement().satisfies(v -> {
                    assertThat(v.problem().category()).isEqualTo("WATERLOGGING");
                    assertThat(v.committeeName()).isEqualTo("南翔融委会");
                });
        assertThat(queries.shortBoardProblems(null, scene.malu.id(), null, PageRequest.first()).items()).isEmpty();

        memory.advance(Duration.ofDays(31));
        for (int i = 0; i < 5; i++) {
            reportAt("FIRE_LANE", apart[i]);
        }
        assertThat(queries.shortBoardProblems(null, null, "FIRE_LANE", PageRequest.first()).items())
                .as("a new pile a month on").hasSize(2);
        assertThat(scene.report("FIRE_LANE", OUTSIDE).outcome()).as("outside every grid: no pile")
                .isEqualTo(Outcome.NEW_CASE);
    }

    @Test
    void a_recorded_history_is_replayed_at_its_own_instants_and_never_ahead_of_now() {
        scene.adoptPolicy();
        var commands = memory.ronghe.cases().commands();
        var then = memory.now().minus(Duration.ofDays(10));
        var received = commands.receive(scene.patrol, new org.ronghe.application.cases.port.in.ReceiveSignalCommand(
                org.ronghe.domain.cases.SignalSource.HOTLINE_12345, "H-OLD", "FIRE_LANE", IN_M001, null, "占用",
                List.of(), null), then).cityCase();
        assertThat(received.cityCase().intake().receivedAt()).isEqualTo(then);
        assertThat(received.answeringGridCode()).isEqualTo("NX-M001");
        var filed = commands.change(scene.town, new CaseChange.File(id(received), version(received), null),
                then.plus(Duration.ofMinutes(5)));
        var dispatched = commands.change(scene.town, new CaseChange.Dispatch(id(filed), version(filed), null),
                then.plus(Duration.ofMinutes(10)));
        assertThat(dispatched.cityCase().progress().dispatchedAt()).isEqualTo(then.plus(Duration.ofMinutes(10)));
        assertThat(dispatched.overdue()).as("judged at the step's instant").isFalse();
        assertThat(reread(dispatched).overdue()).as("judged now, ten days on").isTrue();
        assertThat(commands.escalateDue(Caller.system("scan"), then.plus(Duration.ofHours(3))))
                .as("the scan at a past instant: one limit passed").isEqualTo(1);
        assertThatThrownBy(() -> commands.change(scene.town, new CaseChange.Close(id(dispatched), 4),
                memory.now().plusSeconds(1))).isInstanceOf(InvalidValueException.class).hasMessageContaining("at");
        assertThatThrownBy(() -> commands.receive(scene.patrol, new org.ronghe.application.cases.port.in
                .ReceiveSignalCommand(org.ronghe.domain.cases.SignalSource.HOTLINE_12345, "H-NEW", "FIRE_LANE", IN_M001,
                        null, "占用", List.of(), null), memory.now().plusSeconds(1)))
                .isInstanceOf(InvalidValueException.class);
        var before = memory.now().minus(Duration.ofDays(400));
        assertThat(commands.receive(scene.patrol, new org.ronghe.application.cases.port.in.ReceiveSignalCommand(
                org.ronghe.domain.cases.SignalSource.HOTLINE_12345, "H-OLDER", "FIRE_LANE", IN_M002, null, "占用",
                List.of(), null), before).cityCase().answeringGridCode())
                .as("before the grids were drawn (2023-03-01): at the town").isNull();
    }
}
