package org.ronghe.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.cases.CaseCategory;
import org.ronghe.domain.cases.CaseCriteria;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.cases.CaseIntake;
import org.ronghe.domain.cases.CasePolicy;
import org.ronghe.domain.cases.CasePolicyExistsException;
import org.ronghe.domain.cases.CasePolicyId;
import org.ronghe.domain.cases.CaseRouting;
import org.ronghe.domain.cases.CaseStatus;
import org.ronghe.domain.cases.CityCase;
import org.ronghe.domain.cases.GeoPoint;
import org.ronghe.domain.cases.ShortBoardRule;
import org.ronghe.domain.cases.SignalAlreadyReceivedException;
import org.ronghe.domain.cases.SignalSource;
import org.ronghe.domain.cases.TimeLimit;
import org.ronghe.domain.cases.Urgency;
import org.ronghe.domain.cases.WorkingCalendar;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.NameSearch;
import org.ronghe.domain.shared.StaleVersionException;

/**
 * What every {@link org.ronghe.application.cases.port.out.CityCases} and
 * {@link org.ronghe.application.cases.port.out.CasePolicies} must do.
 */
public abstract class CityCasesContract extends StorageContract {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private static final GeoPoint POINT = new GeoPoint(121.3211, 31.2987);
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of(LocalDate.of(2023, 4, 5)),
            Set.of(LocalDate.of(2023, 4, 23)));
    private Organization nanxiang;
    private Organization fire;
    private Organization urban;
    private CaseCategory fireLane;
    private CaseCategory waterlogging;
    private final GridId micro = new GridId(UUID.randomUUID());
    private final GridId village = new GridId(UUID.randomUUID());
    private final GridId area = new GridId(UUID.randomUUID());

    @BeforeEach
    void structure() {
        var district = ContractFixtures.organization(storage, OrganizationKind.DISTRICT_PARTY_COMMITTEE, "区委", null, NOW);
        nanxiang = ContractFixtures.organization(storage, OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, NOW);
        fire = ContractFixtures.organization(storage, OrganizationKind.DEPARTMENT_PARTY_BODY, "区消防救援支队党委",
                district, NOW);
        urban = ContractFixtures.organization(storage, OrganizationKind.DEPARTMENT_PARTY_BODY, "区城管执法局党组",
                district, NOW);
        fireLane = new CaseCategory("FIRE_LANE", BilingualName.of("消防通道堵塞", "Blocked fire lane"), fire.getId(),
                Urgency.URGENT, TimeLimit.hours(2), TimeLimit.workingDays(3), Duration.ofHours(24), 100);
        waterlogging = new CaseCategory("WATERLOGGING", BilingualName.of("道路积水", "Waterlogging"), urban.getId(),
                Urgency.HIGH, TimeLimit.hours(4), TimeLimit.hours(24), Duration.ofHours(6), 200);
    }

    private CaseRouting routed() {
        return new CaseRouting(micro, "NX-M001", village, "NX-V001", area, "NX-A01", nanxiang.getId());
    }

    private CityCase received(String eventId, CaseCategory category, GeoPoint at, Instant when, CaseRouting routing) {
        var intake = new CaseIntake(SignalSource.SIGN_PLATFORM, eventId, category.code(), at, "古猗园路 88 号",
                "消防通道被车辆占用", List.of("https://photos.example.cn/a.jpg"), when.minusSeconds(30), when);
        return CityCase.receive(new CaseId(UUID.randomUUID()), intake, category, routing).cityCase();
    }

    private CityCase stored(String eventId, CaseCategory category, GeoPoint at, Instant when) {
        var c = received(eventId, category, at, when, routed());
        storage.cityCases().add(c);
        return c;
    }

    private CityCase dispatched(String eventId, Instant when) {
        var c = stored(eventId, fireLane, POINT, when);
        c.file(nanxiang.getId(), null, when);
        c.dispatch(nanxiang.getId(), null, fireLane, CALENDAR, when);
        storage.cityCases().update(c);
        return c;
    }

    @Test
    void a_case_reads_back_as_stored_and_is_found_by_the_signal_that_made_it() {
        var c = dispatched("SP-1", NOW);
        var read = storage.cityCases().findById(c.id()).orElseThrow();
        assertThat(read.state()).isEqualTo(c.state());
        assertThat(read.version()).isEqualTo(2);
        var receipt = storage.cityCases().findBySignal(SignalSource.SIGN_PLATFORM, "SP-1").orElseThrow();
        assertThat(receipt.cityCase().state()).isEqualTo(c.state());
        assertThat(receipt.fingerprint()).isEqualTo(c.state().intake().fingerprint());
        assertThat(storage.cityCases().findBySignal(SignalSource.HOTLINE_12345, "SP-1")).isEmpty();
        assertThat(storage.cityCases().findById(new CaseId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_case_outside_every_grid_reads_back_without_grids() {
        var c = received("SP-0", fireLane, POINT, NOW, CaseRouting.outsideEveryGrid());
        storage.cityCases().add(c);
        assertThat(storage.cityCases().findById(c.id()).orElseThrow().state()).isEqualTo(c.state());
    }

    @Test
    void a_source_event_id_is_taken_in_once_whether_it_made_a_case_or_joined_one() {
        var first = stored("SP-1", fireLane, POINT, NOW);
        var again = received("SP-1", fireLane, POINT, NOW, routed());
        assertThatThrownBy(() -> storage.cityCases().add(again)).isInstanceOf(SignalAlreadyReceivedException.class);
        assertThat(storage.cityCases().findById(again.id())).as("nothing of it stored").isEmpty();
        storage.cityCases().recordRepeat(SignalSource.HOTLINE_12345, "H-1", "f".repeat(64), first.id());
        var joined = storage.cityCases().findBySignal(SignalSource.HOTLINE_12345, "H-1").orElseThrow();
        assertThat(joined.cityCase().id()).isEqualTo(first.id());
        assertThat(joined.fingerprint()).as("what the repeat said, not what made the case").isEqualTo("f".repeat(64));
        assertThatThrownBy(() -> storage.cityCases().recordRepeat(SignalSource.HOTLINE_12345, "H-1", "e".repeat(64),
                first.id())).isInstanceOf(SignalAlreadyReceivedException.class);
        assertThatThrownBy(() -> storage.cityCases().recordRepeat(SignalSource.SIGN_PLATFORM, "SP-1", "e".repeat(64),
                first.id()))
                .isInstanceOf(SignalAlreadyReceivedException.class);
    }

    @Test
    void an_update_is_a_compare_and_set_on_the_version() {
        var c = stored("SP-1", fireLane, POINT, NOW);
        var stale = storage.cityCases().findById(c.id()).orElseThrow();
        c.file(nanxiang.getId(), null, NOW);
        storage.cityCases().update(c);
        assertThat(c.version()).isEqualTo(2);
        stale.invalidate(nanxiang.getId(), "误报", NOW);
        assertThatThrownBy(() -> storage.cityCases().update(stale)).isInstanceOf(StaleVersionException.class);
        assertThat(storage.cityCases().findById(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.FILED);
    }

    @Test
    void open_cases_of_a_category_near_a_point_within_a_time_are_found_nearest_first() {
        var near = stored("SP-1", fireLane, new GeoPoint(121.3212, 31.2987), NOW);
        var nearest = stored("SP-2", fireLane, POINT, NOW.plusSeconds(60));
        stored("SP-3", fireLane, new GeoPoint(121.3300, 31.2987), NOW); // about 850 m east
        stored("SP-4", waterlogging, POINT, NOW);
        stored("SP-5", fireLane, POINT, NOW.minus(Duration.ofDays(2)));
        var invalid = stored("SP-6", fireLane, POINT, NOW);
        invalid.invalidate(nanxiang.getId(), "误报", NOW);
        storage.cityCases().update(invalid);
        var found = storage.cityCases().openNear("FIRE_LANE", POINT, 100, NOW.minus(Duration.ofHours(24)),
                NOW.plus(Duration.ofHours(24)));
        assertThat(found).extracting(CityCase::id).containsExactly(nearest.id(), near.id());
        assertThat(storage.cityCases().countOpen("FIRE_LANE")).isEqualTo(4);
        assertThat(storage.cityCases().countOpen("WATERLOGGING")).isEqualTo(1);
        assertThat(storage.cityCases().countOpen("NOISE")).isZero();
    }

    @Test
    void a_queue_is_filtered_by_status_town_grid_of_any_level_department_category_and_overdue_newest_first() {
        var older = dispatched("SP-1", NOW);
        var newer = stored("SP-2", waterlogging, POINT, NOW.plusSeconds(60));
        var outside = received("SP-3", fireLane, POINT, NOW.plusSeconds(120), CaseRouting.outsideEveryGrid());
        storage.cityCases().add(outside);
        var cases = storage.cityCases();
        assertThat(cases.find(CaseCriteria.all(), PageRequest.first()).items()).extracting(CityCase::id)
                .containsExactly(outside.id(), newer.id(), older.id());
        var page = cases.find(CaseCriteria.all(), new PageRequest(2, 2));
        assertThat(page.items()).extracting(CityCase::id).containsExactly(older.id());
        assertThat(page.totalItems()).isEqualTo(3);
        assertThat(ids(new CaseCriteria(CaseStatus.DISPATCHED, null, null, null, null, null))).containsExactly(older.id());
        assertThat(ids(new CaseCriteria(null, nanxiang.getId(), null, null, null, null)))
                .containsExactly(newer.id(), older.id());
        for (GridId grid : List.of(micro, village, area)) {
            assertThat(ids(new CaseCriteria(null, null, grid, null, null, null))).containsExactly(newer.id(), older.id());
        }
        assertThat(ids(new CaseCriteria(null, null, new GridId(UUID.randomUUID()), null, null, null))).isEmpty();
        assertThat(ids(new CaseCriteria(null, null, null, urban.getId(), null, null))).containsExactly(newer.id());
        assertThat(ids(new CaseCriteria(null, null, null, null, "FIRE_LANE", null)))
                .containsExactly(outside.id(), older.id());
        assertThat(ids(new CaseCriteria(null, null, null, null, null, NOW.plus(Duration.ofHours(3)))))
                .containsExactly(older.id());
        assertThat(ids(new CaseCriteria(null, null, null, null, null, NOW.plus(Duration.ofHours(1))))).isEmpty();
        assertThat(ids(CaseCriteria.all().receivedBetween(NOW.plusSeconds(60), NOW.plusSeconds(120))))
                .containsExactly(newer.id());
        assertThat(ids(CaseCriteria.all().receivedBetween(NOW.plusSeconds(1), null)))
                .containsExactly(outside.id(), newer.id());
        assertThat(ids(CaseCriteria.all().receivedBetween(null, NOW.plusSeconds(60)))).containsExactly(older.id());
        outside.invalidate(nanxiang.getId(), "误报", NOW.plusSeconds(180));
        cases.update(outside);
        assertThat(ids(CaseCriteria.all().open(true))).containsExactly(newer.id(), older.id());
        assertThat(ids(CaseCriteria.all().open(false))).containsExactly(outside.id());
    }

    private List<CaseId> ids(CaseCriteria criteria) {
        return storage.cityCases().find(criteria, PageRequest.first()).items().stream().map(CityCase::id).toList();
    }

    @Test
    void a_queue_is_searched_by_what_a_case_says_its_description_or_its_address() {
        var fire = stored("SP-1", fireLane, POINT, NOW);
        var water = received("SP-2", waterlogging, POINT, NOW.plusSeconds(60), routed());
        var flooded = new CaseIntake(SignalSource.HOTLINE_12345, "H-2", waterlogging.code(), POINT, "嘉定_新城 100% 路",
                "Road FLOODED 积水", List.of(), NOW, NOW.plusSeconds(60));
        var waterCase = CityCase.receive(water.id(), flooded, waterlogging, routed()).cityCase();
        storage.cityCases().add(waterCase);

        assertThat(ids(CaseCriteria.all().saying(NameSearch.parse("消防 通道")))).containsExactly(fire.id());
        assertThat(ids(CaseCriteria.all().saying(NameSearch.parse("road flooded")))).containsExactly(waterCase.id());
        assertThat(ids(CaseCriteria.all().saying(NameSearch.parse("古猗园路")))).as("the address")
                .containsExactly(fire.id());
        assertThat(ids(CaseCriteria.all().saying(NameSearch.parse("_新城 100%")))).as("LIKE's wildcards taken literally")
                .containsExactly(waterCase.id());
        assertThat(ids(CaseCriteria.all().saying(NameSearch.parse("%")))).containsExactly(waterCase.id());
        assertThat(ids(new CaseCriteria(null, null, null, null, fireLane.code(), null).saying(NameSearch.parse("积水"))))
                .isEmpty();
    }

    @Test
    void the_cases_due_for_escalation_are_found_longest_due_first_up_to_a_number() {
        var first = dispatched("SP-1", NOW);
        var second = dispatched("SP-2", NOW.plusSeconds(60));
        dispatched("SP-3", NOW.plus(Duration.ofHours(5)));
        var closed = dispatched("SP-4", NOW);
        closed.returnToDispatch(fire.getId(), "不属本部门职责", CALENDAR, NOW);
        storage.cityCases().update(closed);
        var at = NOW.plus(Duration.ofHours(3));
        assertThat(storage.cityCases().dueForEscalation(at, 10)).extracting(CityCase::id)
                .containsExactly(first.id(), second.id());
        assertThat(storage.cityCases().dueForEscalation(at, 1)).extracting(CityCase::id).containsExactly(first.id());
        assertThat(storage.cityCases().dueForEscalation(NOW.plusSeconds(7_200), 10)).extracting(CityCase::id)
                .as("due at the very instant").containsExactly(first.id());
        first.escalate(CALENDAR, at);
        storage.cityCases().update(first);
        assertThat(storage.cityCases().dueForEscalation(at, 10)).extracting(CityCase::id).containsExactly(second.id());
    }

    @Test
    void the_policy_is_one_and_reads_back_as_adopted() {
        assertThat(storage.casePolicies().current()).isEmpty();
        var policy = CasePolicy.adopt(new CasePolicyId(UUID.randomUUID()), List.of(fireLane, waterlogging), CALENDAR,
                new ShortBoardRule(5, 30), NOW).policy();
        storage.casePolicies().add(policy);
        assertThat(storage.casePolicies().current().orElseThrow().state()).isEqualTo(policy.state());
        assertThat(storage.casePolicies().findById(policy.getId()).orElseThrow().version()).isEqualTo(1);
        var second = CasePolicy.adopt(new CasePolicyId(UUID.randomUUID()), List.of(fireLane), CALENDAR,
                new ShortBoardRule(5, 30), NOW).policy();
        assertThatThrownBy(() -> storage.casePolicies().add(second)).isInstanceOf(CasePolicyExistsException.class);
        var stale = storage.casePolicies().current().orElseThrow();
        policy.revise(List.of(fireLane), WorkingCalendar.weekdays(), new ShortBoardRule(3, 14), NOW);
        storage.casePolicies().update(policy);
        assertThat(storage.casePolicies().current().orElseThrow().state()).isEqualTo(policy.state());
        stale.revise(List.of(waterlogging), CALENDAR, new ShortBoardRule(3, 14), NOW);
        assertThatThrownBy(() -> storage.casePolicies().update(stale)).isInstanceOf(StaleVersionException.class);
    }

    /** A case dispatched at {@code at} and, when {@code signedFor} is given, signed for, handled and closed then. */
    private CityCase throughTheLoop(String eventId, CaseCategory category, Instant at, Instant signedFor,
            Instant closed) {
        var c = received(eventId, category, POINT, at, routed());
        storage.cityCases().add(c);
        c.file(nanxiang.getId(), null, at);
        c.dispatch(nanxiang.getId(), null, category, CALENDAR, at);
        if (signedFor != null) {
            c.signFor(category.department(), category, CALENDAR, signedFor);
            c.startHandling(category.department(), signedFor);
            c.respond(category.department(), "已处置", List.of(), CALENDAR, closed);
            c.verify(nanxiang.getId(), true, null, CALENDAR, closed);
            c.close(nanxiang.getId(), closed);
        }
        storage.cityCases().update(c);
        return c;
    }

    @Test
    void the_figures_group_and_count_as_the_domain_rule_does_with_medians_in_hours() {
        List<CityCase> all = new java.util.ArrayList<>();
        all.add(throughTheLoop("F-1", fireLane, NOW, NOW.plus(Duration.ofMinutes(60)), NOW.plus(Duration.ofHours(4))));
        all.add(throughTheLoop("F-2", fireLane, NOW, NOW.plus(Duration.ofMinutes(180)), NOW.plus(Duration.ofHours(10))));
        all.add(throughTheLoop("F-3", fireLane, NOW.plus(Duration.ofMinutes(30)), NOW.plus(Duration.ofMinutes(90)),
                NOW.plus(Duration.ofHours(5))));
        var late = throughTheLoop("F-4", fireLane, NOW, null, null);
        late.joinDuplicate(SignalSource.HOTLINE_12345, "H-4", NOW.plus(Duration.ofMinutes(10)));
        late.escalate(CALENDAR, NOW.plus(Duration.ofHours(2)));
        storage.cityCases().update(late);
        all.add(late);
        all.add(throughTheLoop("W-1", waterlogging, NOW.plus(Duration.ofHours(1)), null, null));
        var outside = received("O-1", waterlogging, POINT, NOW.plus(Duration.ofHours(1)), CaseRouting.outsideEveryGrid());
        storage.cityCases().add(outside);
        all.add(outside);
        all.add(throughTheLoop("LATER", fireLane, NOW.plus(Duration.ofDays(3)), null, null));

        for (var by : org.ronghe.domain.cases.CaseFigureQuery.Grouping.values()) {
            for (var query : List.of(new org.ronghe.domain.cases.CaseFigureQuery(by, null, null, NOW.plus(Duration.ofHours(12))),
                    new org.ronghe.domain.cases.CaseFigureQuery(by, NOW.plus(Duration.ofMinutes(30)),
                            NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(5))))) {
                assertThat(storage.cityCases().figures(query)).as(query.toString())
                        .isEqualTo(org.ronghe.domain.cases.CaseFigure.of(all, query));
            }
        }
        var byTown = storage.cityCases().figures(new org.ronghe.domain.cases.CaseFigureQuery(
                org.ronghe.domain.cases.CaseFigureQuery.Grouping.TOWN, null, null, NOW.plus(Duration.ofHours(12))));
        assertThat(byTown).hasSize(2);
        var nanxiangFigures = byTown.get(0).key() == null ? byTown.get(1) : byTown.get(0);
        assertThat(nanxiangFigures.received()).isEqualTo(5);
        assertThat(nanxiangFigures.medianHoursToSignFor()).isEqualTo(1.0);
        assertThat(nanxiangFigures.medianHoursToClose()).isEqualTo(4.5);
        assertThat(nanxiangFigures.duplicates()).isEqualTo(1);
        assertThat(nanxiangFigures.escalations()).isEqualTo(1);
        assertThat(byTown.get(1).key()).as("outside every grid: last").isNull();
        assertThat(storage.cityCases().figures(new org.ronghe.domain.cases.CaseFigureQuery(
                org.ronghe.domain.cases.CaseFigureQuery.Grouping.TOWN, null, null, NOW.minusSeconds(1)))).isEmpty();
    }

    @Test
    void cases_are_counted_per_category_and_village_grid_and_short_board_problems_read_back_the_latest_first() {
        stored("C-1", fireLane, POINT, NOW);
        stored("C-2", fireLane, POINT, NOW.plus(Duration.ofDays(2)));
        stored("C-3", waterlogging, POINT, NOW.plus(Duration.ofDays(2)));
        storage.cityCases().add(received("C-4", fireLane, POINT, NOW.plus(Duration.ofDays(2)),
                CaseRouting.outsideEveryGrid()));
        assertThat(storage.cityCases().countInVillageGrid("FIRE_LANE", village, NOW)).isEqualTo(2);
        assertThat(storage.cityCases().countInVillageGrid("FIRE_LANE", village, NOW.plusSeconds(1))).isEqualTo(1);
        assertThat(storage.cityCases().countInVillageGrid("FIRE_LANE", new GridId(UUID.randomUUID()), NOW)).isZero();

        var problems = storage.shortBoardProblems();
        assertThat(problems.lastRaised("FIRE_LANE", village)).isEmpty();
        var rule = new org.ronghe.domain.cases.ShortBoardRule(2, 30);
        var committee = new org.ronghe.domain.committee.CommitteeId(UUID.randomUUID());
        var first = org.ronghe.domain.cases.ShortBoardProblem.raise(new org.ronghe.domain.cases.ShortBoardProblemId(
                UUID.randomUUID()), fireLane, routed(), 2, rule, committee, NOW).problem();
        problems.add(first);
        var second = org.ronghe.domain.cases.ShortBoardProblem.raise(new org.ronghe.domain.cases.ShortBoardProblemId(
                UUID.randomUUID()), fireLane, routed(), 3, rule, null, NOW.plus(Duration.ofDays(40))).problem();
        problems.add(second);
        assertThat(first.version()).isEqualTo(1);
        assertThat(problems.findById(first.getId()).orElseThrow().state()).isEqualTo(first.state());
        assertThat(problems.lastRaised("FIRE_LANE", village)).contains(NOW.plus(Duration.ofDays(40)));
        assertThat(problems.lastRaised("WATERLOGGING", village)).isEmpty();
        assertThat(problems.find(null, null, null, PageRequest.first()).items())
                .extracting(org.ronghe.domain.cases.ShortBoardProblem::getId).containsExactly(second.getId(), first.getId());
        assertThat(problems.find(committee, null, null, PageRequest.first()).items()).hasSize(1);
        assertThat(problems.find(null, nanxiang.getId(), "FIRE_LANE", PageRequest.first()).totalItems()).isEqualTo(2);
        assertThat(problems.find(null, null, "WATERLOGGING", PageRequest.first()).items()).isEmpty();
        problems.update(first);
        assertThat(first.version()).isEqualTo(2);
        var stale = problems.findById(second.getId()).orElseThrow();
        problems.update(problems.findById(second.getId()).orElseThrow());
        assertThatThrownBy(() -> problems.update(stale))
                .isInstanceOf(org.ronghe.domain.shared.StaleVersionException.class);
    }
}
