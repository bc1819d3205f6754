package org.ronghe.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ronghe.domain.cases.CityCaseScenariosTest.DISPATCHER;
import static org.ronghe.domain.cases.CityCaseScenariosTest.FIRE;
import static org.ronghe.domain.cases.CityCaseScenariosTest.FIRE_LANE;
import static org.ronghe.domain.cases.CityCaseScenariosTest.IN_NX_M001;
import static org.ronghe.domain.cases.CityCaseScenariosTest.MALU;
import static org.ronghe.domain.cases.CityCaseScenariosTest.NANXIANG;
import static org.ronghe.domain.cases.CityCaseScenariosTest.POINT;
import static org.ronghe.domain.cases.CityCaseScenariosTest.URBAN;
import static org.ronghe.domain.cases.WorkingCalendarScenariosTest.CALENDAR_2023;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.shared.InvalidValueException;

@DisplayName("Case figures: received, closed, on time over closed and open past their limit, median hours to sign for and to close")
class CaseFiguresScenariosTest {

    /** A Tuesday morning in 南翔. */
    private static final Instant R = CityCaseScenariosTest.RECEIVED;
    private static final CaseCategory WATER = CasePolicyScenariosTest.category("WATERLOGGING", URBAN);
    private static final CaseRouting IN_MALU = new CaseRouting(new GridId(UUID.randomUUID()), "ML-M001",
            new GridId(UUID.randomUUID()), "ML-V001", new GridId(UUID.randomUUID()), "ML-A01", MALU);
    private final List<CityCase> cases = new ArrayList<>();
    private int events;

    private CityCase dispatched(CaseCategory category, CaseRouting routing, Instant at) {
        var c = CityCase.receive(new CaseId(UUID.randomUUID()), new CaseIntake(SignalSource.PATROL, "P-" + (++events),
                category.code(), POINT, null, "问题", List.of(), null, at), category, routing).cityCase();
        c.file(routing.town(), null, at);
        c.dispatch(routing.town(), null, category, CALENDAR_2023, at);
        cases.add(c);
        return c;
    }

    private static Instant hours(double hours) {
        return R.plus(Duration.ofMinutes(Math.round(hours * 60)));
    }

    private static void closeLoop(CityCase c, Instant signedFor, Instant closed) {
        var handler = c.department();
        c.signFor(handler, FIRE_LANE, CALENDAR_2023, signedFor);
        c.startHandling(handler, signedFor);
        c.respond(handler, "已处置", List.of(), CALENDAR_2023, closed);
        c.verify(DISPATCHER, true, null, CALENDAR_2023, closed);
        c.close(DISPATCHER, closed);
    }

    /** 南翔: one closed on time, one closed late, one open past its limit, one returned and sent again; 马陆: one. */
    private CaseFigureQuery scene(CaseFigureQuery.Grouping by) {
        var onTime = dispatched(FIRE_LANE, IN_NX_M001, R);
        onTime.joinDuplicate(SignalSource.HOTLINE_12345, "H-1", hours(0.5));
        closeLoop(onTime, hours(1), hours(4));
        closeLoop(dispatched(FIRE_LANE, IN_NX_M001, R), hours(3), hours(10));
        var overdue = dispatched(FIRE_LANE, IN_NX_M001, R);
        overdue.escalate(CALENDAR_2023, hours(2));
        var sentAgain = dispatched(FIRE_LANE, IN_NX_M001, hours(2));
        sentAgain.returnToDispatch(FIRE, "不属本部门", CALENDAR_2023, hours(2.1));
        sentAgain.dispatch(NANXIANG, URBAN, FIRE_LANE, CALENDAR_2023, hours(2.5));
        dispatched(WATER, IN_MALU, hours(1));
        return new CaseFigureQuery(by, null, null, hours(11));
    }

    @Test
    void a_towns_figures_count_what_came_in_what_closed_and_what_is_late() {
        var figures = CaseFigure.of(cases, scene(CaseFigureQuery.Grouping.TOWN));

        assertThat(figures).extracting(CaseFigure::key).containsExactly(
                List.of(NANXIANG.toString(), MALU.toString()).stream().sorted().toArray(String[]::new));
        var nanxiang = figures.stream().filter(f -> f.key().equals(NANXIANG.toString())).findFirst().orElseThrow();
        assertThat(nanxiang.received()).isEqualTo(4);
        assertThat(nanxiang.closed()).isEqualTo(2);
        assertThat(nanxiang.closedOnTime()).as("the one signed for after 3 hours of 2 was late").isEqualTo(1);
        assertThat(nanxiang.openPastLimit()).as("the one never signed for, and the one sent again at 2.5 h")
                .isEqualTo(2);
        assertThat(nanxiang.onTimeRate()).isEqualTo(0.25);
        assertThat(nanxiang.medianHoursToSignFor()).as("median of 1 and 3").isEqualTo(2.0);
        assertThat(nanxiang.medianHoursToClose()).as("median of 4 and 10").isEqualTo(7.0);
        assertThat(nanxiang.duplicates()).isEqualTo(1);
        assertThat(nanxiang.escalations()).isEqualTo(1);
        assertThat(nanxiang.returns()).isEqualTo(1);
        var malu = figures.stream().filter(f -> f.key().equals(MALU.toString())).findFirst().orElseThrow();
        assertThat(malu.received()).isEqualTo(1);
        assertThat(malu.openPastLimit()).as("dispatched at 1 h, 2 hours to sign for, judged at 11 h").isEqualTo(1);
        assertThat(malu.onTimeRate()).isZero();
        assertThat(malu.medianHoursToSignFor()).isNull();
        assertThat(malu.medianHoursToClose()).isNull();
    }

    @Test
    void figures_group_by_village_grid_department_and_category_with_cases_outside_every_grid_last() {
        var outside = CityCase.receive(new CaseId(UUID.randomUUID()), new CaseIntake(SignalSource.PATROL, "P-0",
                "FIRE_LANE", POINT, null, "问题", List.of(), null, R), FIRE_LANE, CaseRouting.outsideEveryGrid())
                .cityCase();
        cases.add(outside);
        var query = scene(CaseFigureQuery.Grouping.GRID);

        var expected = new ArrayList<>(List.of(sortedPair(IN_NX_M001.villageGrid().toString(), 4,
                IN_MALU.villageGrid().toString(), 1)));
        expected.add(new org.assertj.core.groups.Tuple(null, 1L));
        assertThat(CaseFigure.of(cases, query)).extracting(CaseFigure::key, CaseFigure::received)
                .containsExactlyElementsOf(expected);
        assertThat(CaseFigure.of(cases, new CaseFigureQuery(CaseFigureQuery.Grouping.DEPARTMENT, null, null,
                hours(11)))).extracting(CaseFigure::key, CaseFigure::received).containsExactlyInAnyOrder(
                        new org.assertj.core.groups.Tuple(FIRE.toString(), 4L),
                        new org.assertj.core.groups.Tuple(URBAN.toString(), 2L));
        assertThat(CaseFigure.of(cases, new CaseFigureQuery(CaseFigureQuery.Grouping.CATEGORY, null, null,
                hours(11)))).extracting(CaseFigure::key, CaseFigure::received).containsExactly(
                        new org.assertj.core.groups.Tuple("FIRE_LANE", 5L),
                        new org.assertj.core.groups.Tuple("WATERLOGGING", 1L));
    }

    private static org.assertj.core.groups.Tuple[] sortedPair(String a, long countA, String b, long countB) {
        return a.compareTo(b) < 0
                ? new org.assertj.core.groups.Tuple[] {new org.assertj.core.groups.Tuple(a, countA),
                        new org.assertj.core.groups.Tuple(b, countB)}
                : new org.assertj.core.groups.Tuple[] {new org.assertj.core.groups.Tuple(b, countB),
                        new org.assertj.core.groups.Tuple(a, countA)};
    }

    @Test
    void only_cases_received_from_the_first_instant_before_the_last_and_by_the_figures_instant_count() {
        scene(CaseFigureQuery.Grouping.CATEGORY);
        assertThat(CaseFigure.of(cases, new CaseFigureQuery(CaseFigureQuery.Grouping.CATEGORY, hours(1), hours(2),
                hours(11)))).extracting(CaseFigure::key, CaseFigure::received).containsExactly(
                        new org.assertj.core.groups.Tuple("WATERLOGGING", 1L));
        assertThat(CaseFigure.of(cases, new CaseFigureQuery(CaseFigureQuery.Grouping.CATEGORY, R, hours(1),
                hours(11)))).extracting(CaseFigure::received).containsExactly(3L);
        assertThat(CaseFigure.of(cases, new CaseFigureQuery(CaseFigureQuery.Grouping.CATEGORY, null, null,
                hours(1.5)))).as("as of 1.5 h: the case received at 2 h is not yet there").extracting(
                        CaseFigure::key, CaseFigure::received, CaseFigure::openPastLimit).containsExactly(
                                new org.assertj.core.groups.Tuple("FIRE_LANE", 3L, 0L),
                                new org.assertj.core.groups.Tuple("WATERLOGGING", 1L, 0L));
        assertThat(CaseFigure.of(cases, new CaseFigureQuery(CaseFigureQuery.Grouping.CATEGORY, hours(20), null,
                hours(30)))).isEmpty();
    }

    @Test
    void a_case_closed_on_time_counts_as_on_time_and_one_closed_late_does_not() {
        closeLoop(dispatched(FIRE_LANE, IN_NX_M001, R), hours(1), hours(4));
        closeLoop(dispatched(WATER, IN_MALU, R), hours(5), hours(8));
        var byTown = CaseFigure.of(cases, new CaseFigureQuery(CaseFigureQuery.Grouping.CATEGORY, null, null,
                hours(9)));
        assertThat(byTown).extracting(CaseFigure::key, CaseFigure::closed, CaseFigure::closedOnTime).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FIRE_LANE", 1L, 1L),
                org.assertj.core.groups.Tuple.tuple("WATERLOGGING", 1L, 0L));
    }

    @Test
    void a_query_needs_a_grouping_an_instant_and_an_interval_that_runs_forwards() {
        assertThatThrownBy(() -> new CaseFigureQuery(null, null, null, R)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("by");
        assertThatThrownBy(() -> new CaseFigureQuery(CaseFigureQuery.Grouping.TOWN, R, R, R))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("to");
        assertThatThrownBy(() -> new CaseFigureQuery(CaseFigureQuery.Grouping.TOWN, null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThat(new CaseFigureQuery(CaseFigureQuery.Grouping.TOWN, R, null, R).from()).isEqualTo(R);
        assertThat(new CaseFigureQuery(CaseFigureQuery.Grouping.TOWN, null, R.plusSeconds(1), R).to()).isNotNull();
    }

    @Test
    void the_median_is_the_middle_value_or_the_mean_of_the_two_in_the_middle() {
        assertThat(CaseFigure.median(List.of())).isNull();
        assertThat(CaseFigure.median(List.of(5.0))).isEqualTo(5.0);
        assertThat(CaseFigure.median(List.of(9.0, 1.0, 4.0))).isEqualTo(4.0);
        assertThat(CaseFigure.median(List.of(9.0, 1.0, 4.0, 2.0))).isEqualTo(3.0);
        assertThat(new CaseFigure("x", 0, 0, 0, 0, 0, 0, 0, null, null).onTimeRate()).isNull();
        assertThat(new CaseFigure("x", 3, 0, 0, 2, 0, 0, 0, null, null).onTimeRate()).isZero();
        assertThat(new CaseFigure("x", 3, 2, 2, 0, 0, 0, 0, null, null).onTimeRate()).isEqualTo(1.0);
    }
}
