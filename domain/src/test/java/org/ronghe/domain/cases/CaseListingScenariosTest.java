package org.ronghe.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ronghe.domain.cases.CityCaseScenariosTest.FIRE;
import static org.ronghe.domain.cases.CityCaseScenariosTest.FIRE_LANE;
import static org.ronghe.domain.cases.CityCaseScenariosTest.IN_NX_M001;
import static org.ronghe.domain.cases.CityCaseScenariosTest.NANXIANG;
import static org.ronghe.domain.cases.CityCaseScenariosTest.POINT;
import static org.ronghe.domain.cases.CityCaseScenariosTest.RECEIVED;
import static org.ronghe.domain.cases.WorkingCalendarScenariosTest.CALENDAR_2023;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.NameSearch;

@DisplayName("A case queue is asked for by status, town, grid of any level, department, category and overdue")
class CaseListingScenariosTest {

    private final CityCase dispatched = dispatched();

    private static CityCase dispatched() {
        var c = CityCase.receive(new CaseId(UUID.randomUUID()),
                CityCaseScenariosTest.intake("SP-9", POINT, RECEIVED), FIRE_LANE, IN_NX_M001).cityCase();
        c.file(NANXIANG, null, RECEIVED);
        c.dispatch(NANXIANG, null, FIRE_LANE, CALENDAR_2023, RECEIVED);
        return c;
    }

    private static CaseCriteria by(CaseStatus status, OrganizationId town, GridId grid, OrganizationId department,
            String category, java.time.Instant overdueAt) {
        return new CaseCriteria(status, town, grid, department, category, overdueAt);
    }

    @Test
    void every_filter_left_out_matches_and_each_one_given_narrows() {
        var other = new OrganizationId(UUID.randomUUID());
        var otherGrid = new GridId(UUID.randomUUID());
        assertThat(CaseCriteria.all().matches(dispatched)).isTrue();
        assertThat(by(CaseStatus.DISPATCHED, null, null, null, null, null).matches(dispatched)).isTrue();
        assertThat(by(CaseStatus.FILED, null, null, null, null, null).matches(dispatched)).isFalse();
        assertThat(by(null, NANXIANG, null, null, null, null).matches(dispatched)).isTrue();
        assertThat(by(null, other, null, null, null, null).matches(dispatched)).isFalse();
        assertThat(by(null, null, IN_NX_M001.microGrid(), null, null, null).matches(dispatched)).isTrue();
        assertThat(by(null, null, IN_NX_M001.villageGrid(), null, null, null).matches(dispatched)).isTrue();
        assertThat(by(null, null, IN_NX_M001.areaGrid(), null, null, null).matches(dispatched)).isTrue();
        assertThat(by(null, null, otherGrid, null, null, null).matches(dispatched)).isFalse();
        assertThat(by(null, null, null, FIRE, null, null).matches(dispatched)).isTrue();
        assertThat(by(null, null, null, other, null, null).matches(dispatched)).isFalse();
        assertThat(by(null, null, null, null, "FIRE_LANE", null).matches(dispatched)).isTrue();
        assertThat(by(null, null, null, null, "WATERLOGGING", null).matches(dispatched)).isFalse();
        assertThat(by(null, null, null, null, null, RECEIVED.plus(Duration.ofHours(3))).matches(dispatched)).isTrue();
        assertThat(by(null, null, null, null, null, RECEIVED.plus(Duration.ofHours(1))).matches(dispatched)).isFalse();
    }

    @Test
    void open_or_closed_and_the_time_of_receipt_narrow_a_listing() {
        assertThat(CaseCriteria.all().open(true).matches(dispatched)).isTrue();
        assertThat(CaseCriteria.all().open(false).matches(dispatched)).isFalse();
        assertThat(CaseCriteria.all().receivedBetween(RECEIVED, RECEIVED.plusSeconds(1)).matches(dispatched)).isTrue();
        assertThat(CaseCriteria.all().receivedBetween(RECEIVED.plusSeconds(1), null).matches(dispatched)).isFalse();
        assertThat(CaseCriteria.all().receivedBetween(null, RECEIVED).matches(dispatched))
                .as("the end is left out").isFalse();
        var narrowed = by(CaseStatus.DISPATCHED, NANXIANG, null, FIRE, "FIRE_LANE", null).open(true)
                .receivedBetween(RECEIVED, null).overdueAt(RECEIVED);
        assertThat(narrowed).isEqualTo(new CaseCriteria(CaseStatus.DISPATCHED, NANXIANG, null, FIRE, "FIRE_LANE",
                RECEIVED, true, RECEIVED, null));
        var closedInvalid = CityCase.receive(new CaseId(UUID.randomUUID()),
                CityCaseScenariosTest.intake("SP-8", POINT, RECEIVED), FIRE_LANE, IN_NX_M001).cityCase();
        closedInvalid.invalidate(NANXIANG, "误报", RECEIVED);
        assertThat(CaseCriteria.all().open(false).matches(closedInvalid)).isTrue();
    }

    @Test
    void the_overdue_queue_keeps_the_other_filters_and_asks_for_the_limit_passed_at_an_instant() {
        var later = RECEIVED.plus(Duration.ofHours(3));
        var queue = by(CaseStatus.DISPATCHED, NANXIANG, IN_NX_M001.microGrid(), FIRE, "FIRE_LANE", null);
        assertThat(queue.overdueAt(later)).isEqualTo(by(CaseStatus.DISPATCHED, NANXIANG, IN_NX_M001.microGrid(), FIRE,
                "FIRE_LANE", later));
        assertThat(queue.overdueAt(later).matches(dispatched)).isTrue();
        assertThat(queue.overdueAt(RECEIVED).matches(dispatched)).isFalse();
    }

    @Test
    void a_search_finds_a_case_by_what_its_description_or_its_address_says() {
        assertThat(CaseCriteria.all().saying(NameSearch.parse("消防 通道")).matches(dispatched)).isTrue();
        assertThat(CaseCriteria.all().saying(NameSearch.parse("古猗园路")).matches(dispatched)).as("the address").isTrue();
        assertThat(CaseCriteria.all().saying(NameSearch.parse("积水")).matches(dispatched)).isFalse();
        assertThat(CaseCriteria.all().open(true).saying(NameSearch.parse("积水")).open(true).matches(dispatched))
                .as("the search stays through the other narrowings").isFalse();
        assertThat(CaseCriteria.all().saying(NameSearch.parse("占用")).overdueAt(RECEIVED.plus(Duration.ofHours(3)))
                .receivedBetween(RECEIVED, RECEIVED.plusSeconds(1)).matches(dispatched)).isTrue();
        assertThat(CaseCriteria.all().saying(NameSearch.parse("积水")).overdueAt(RECEIVED.plus(Duration.ofHours(3)))
                .matches(dispatched)).isFalse();
        assertThat(CaseCriteria.all().saying(NameSearch.parse("积水")).receivedBetween(RECEIVED, RECEIVED.plusSeconds(1))
                .matches(dispatched)).isFalse();
    }
}
