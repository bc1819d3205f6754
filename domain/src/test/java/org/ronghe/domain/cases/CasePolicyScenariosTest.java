package org.ronghe.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.InvalidValueException;

@DisplayName("The case policy is data: categories with their owners and limits, the calendar, the short-board rule")
class CasePolicyScenariosTest {

    static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    static final OrganizationId FIRE = new OrganizationId(UUID.randomUUID());
    static final OrganizationId URBAN = new OrganizationId(UUID.randomUUID());

    static CaseCategory category(String code, OrganizationId department) {
        return new CaseCategory(code, BilingualName.of("消防通道堵塞", "Blocked fire lane"), department, Urgency.URGENT,
                TimeLimit.hours(2), TimeLimit.workingDays(3), Duration.ofHours(24), 100);
    }

    private final CasePolicyId id = new CasePolicyId(UUID.randomUUID());

    private CasePolicy adopted() {
        return CasePolicy.adopt(id, List.of(category("FIRE_LANE", FIRE), category("ILLEGAL_BUILDING", URBAN)),
                WorkingCalendar.weekdays(), new ShortBoardRule(5, 30), NOW).policy();
    }

    @Test
    void a_policy_is_adopted_with_its_categories_and_says_so() {
        var adoption = CasePolicy.adopt(id, List.of(category("FIRE_LANE", FIRE)), WorkingCalendar.weekdays(),
                new ShortBoardRule(5, 30), NOW);
        assertThat(adoption.event()).isEqualTo(new CasePolicyAdopted(id, List.of("FIRE_LANE"), NOW));
        assertThat(adoption.policy().getId()).isEqualTo(id);
        assertThat(adoption.policy().version()).isZero();
        assertThat(adoption.policy().category("FIRE_LANE")).contains(category("FIRE_LANE", FIRE));
        assertThat(adoption.policy().category("WATERLOGGING")).isEmpty();
    }

    @Test
    void a_policy_has_at_least_one_category_at_most_two_hundred_and_never_a_code_twice() {
        var calendar = WorkingCalendar.weekdays();
        var rule = new ShortBoardRule(5, 30);
        assertThatThrownBy(() -> CasePolicy.adopt(id, List.of(), calendar, rule, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> CasePolicy.adopt(id, null, calendar, rule, NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CasePolicy.adopt(id, List.of(category("FIRE_LANE", FIRE), category("FIRE_LANE", URBAN)),
                calendar, rule, NOW)).isInstanceOf(InvalidValueException.class).hasMessageContaining("FIRE_LANE is given twice");
        var many = new ArrayList<CaseCategory>();
        IntStream.range(0, 200).forEach(i -> many.add(category("C" + i, FIRE)));
        assertThat(CasePolicy.adopt(id, many, calendar, rule, NOW).policy().state().categories()).hasSize(200);
        many.add(category("C200", FIRE));
        assertThatThrownBy(() -> CasePolicy.adopt(id, many, calendar, rule, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 200");
        assertThatThrownBy(() -> CasePolicy.adopt(id, List.of(category("FIRE_LANE", FIRE)), null, rule, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("calendar");
        assertThatThrownBy(() -> CasePolicy.adopt(id, List.of(category("FIRE_LANE", FIRE)), calendar, null, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("shortBoard");
    }

    @Test
    void a_revision_replaces_the_policy_whole_and_names_the_categories_added_changed_and_removed() {
        var policy = adopted();
        var moved = category("FIRE_LANE", URBAN);
        var event = policy.revise(List.of(moved, category("WATERLOGGING", URBAN)), WorkingCalendar.weekdays(),
                new ShortBoardRule(3, 14), NOW);
        assertThat(event).isEqualTo(new CasePolicyRevised(id, List.of("WATERLOGGING"), List.of("FIRE_LANE"),
                List.of("ILLEGAL_BUILDING"), NOW));
        assertThat(policy.category("FIRE_LANE")).contains(moved);
        assertThat(policy.category("ILLEGAL_BUILDING")).isEmpty();
        assertThat(policy.state().shortBoard()).isEqualTo(new ShortBoardRule(3, 14));
        assertThat(policy.removedBy(List.of(moved))).containsExactly("WATERLOGGING");
    }

    @Test
    void a_policy_read_back_from_storage_is_the_policy_stored_and_its_version_only_grows() {
        var policy = adopted();
        policy.markStored(1);
        assertThat(policy.version()).isEqualTo(1);
        assertThatThrownBy(() -> policy.markStored(1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.markStored(0)).isInstanceOf(IllegalArgumentException.class);
        var restored = CasePolicy.restore(policy.state());
        assertThat(restored.state()).isEqualTo(policy.state());
        assertThat(restored.calendar()).isEqualTo(WorkingCalendar.weekdays());
    }

    @Test
    void an_unknown_category_is_refused_by_name() {
        assertThatThrownBy(() -> adopted().requireCategory("category", "NOISE"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("NOISE");
        assertThat(adopted().requireCategory("category", "FIRE_LANE").department()).isEqualTo(FIRE);
    }

    @Test
    void a_category_code_limits_and_repeat_rule_are_checked() {
        assertThatThrownBy(() -> category("fire lane", FIRE)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> category("F", FIRE)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> category(null, FIRE)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> category("FIRE_LANE", null)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("departmentId");
        var name = BilingualName.of("积水", "Waterlogging");
        assertThatThrownBy(() -> new CaseCategory("WATER", name, FIRE, null, TimeLimit.hours(1), TimeLimit.hours(1),
                Duration.ZERO, 0)).isInstanceOf(InvalidValueException.class).hasMessageContaining("urgency");
        assertThatThrownBy(() -> new CaseCategory("WATER", name, FIRE, Urgency.HIGH, null, TimeLimit.hours(1),
                Duration.ZERO, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CaseCategory("WATER", name, FIRE, Urgency.HIGH, TimeLimit.hours(1), null,
                Duration.ZERO, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CaseCategory("WATER", name, FIRE, Urgency.HIGH, TimeLimit.hours(1),
                TimeLimit.hours(1), Duration.ofDays(91), 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CaseCategory("WATER", name, FIRE, Urgency.HIGH, TimeLimit.hours(1),
                TimeLimit.hours(1), Duration.ofSeconds(-1), 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CaseCategory("WATER", name, FIRE, Urgency.HIGH, TimeLimit.hours(1),
                TimeLimit.hours(1), null, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CaseCategory("WATER", name, FIRE, Urgency.HIGH, TimeLimit.hours(1),
                TimeLimit.hours(1), Duration.ZERO, 5_001)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CaseCategory("WATER", name, FIRE, Urgency.HIGH, TimeLimit.hours(1),
                TimeLimit.hours(1), Duration.ZERO, -1)).isInstanceOf(InvalidValueException.class);
        assertThat(new CaseCategory("WATER", name, FIRE, Urgency.HIGH, TimeLimit.hours(1), TimeLimit.hours(1),
                Duration.ofDays(90), 5_000).repeatMetres()).isEqualTo(5_000);
    }

    @Test
    void a_time_limit_is_at_least_one_and_at_most_a_year() {
        assertThatThrownBy(() -> TimeLimit.hours(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> TimeLimit.hours(24 * 366 + 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> TimeLimit.workingDays(251)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new TimeLimit(3, null)).isInstanceOf(InvalidValueException.class);
        assertThat(TimeLimit.hours(24 * 366).length()).isEqualTo(Duration.ofHours(24 * 366));
        assertThat(TimeLimit.workingDays(250).length()).isEqualTo(Duration.ofDays(250));
        assertThat(TimeLimit.workingDays(13).countsWorkingTimeOnly()).isTrue();
        assertThat(TimeLimit.hours(13).countsWorkingTimeOnly()).isFalse();
    }

    @Test
    void a_short_board_rule_counts_at_least_two_cases_within_at_most_a_year() {
        assertThatThrownBy(() -> new ShortBoardRule(1, 30)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ShortBoardRule(1_001, 30)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ShortBoardRule(5, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ShortBoardRule(5, 367)).isInstanceOf(InvalidValueException.class);
        assertThat(new ShortBoardRule(2, 1)).isEqualTo(new ShortBoardRule(2, 1));
        assertThat(new ShortBoardRule(1_000, 366).days()).isEqualTo(366);
    }
}
