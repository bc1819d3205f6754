package org.ronghe.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.InvalidValueException;

/** Co-work in the five forms: done together, counted, withdrawn when recorded in error. */
class CoWorkActivityScenariosTest {

    private static final Instant NOW = Instant.parse("2022-06-01T02:00:00Z");
    private final OrganizationId town = new OrganizationId(UUID.randomUUID());
    private final OrganizationId unit = new OrganizationId(UUID.randomUUID());
    private final CommitteeId committee = new CommitteeId(UUID.randomUUID());

    private CoWorkActivity.Recording research(Set<OrganizationId> organizations) {
        return CoWorkActivity.record(new ActivityId(UUID.randomUUID()), CoWorkForm.RESEARCH_DONE_TOGETHER, "片区停车调研",
                committee, organizations, LocalDate.of(2022, 5, 20), "area:" + UUID.randomUUID(), NOW);
    }

    @Test
    void a_town_and_a_regional_unit_doing_research_together_is_recorded_as_co_work() {
        var recording = research(Set.of(town, unit));

        assertThat(recording.event()).isEqualTo(new ActivityRecorded(recording.activity().getId(),
                CoWorkForm.RESEARCH_DONE_TOGETHER, 2, LocalDate.of(2022, 5, 20), NOW));
        assertThat(ActivityCriteria.all().matches(recording.activity())).isTrue();
    }

    @Test
    void an_organization_alone_does_not_co_work() {
        assertThatThrownBy(() -> research(Set.of(town))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least two organizations");
    }

    @Test
    void a_link_points_at_a_project_or_an_area_only() {
        assertThatThrownBy(() -> CoWorkActivity.record(new ActivityId(UUID.randomUUID()), CoWorkForm.CADRES_TRAINED_TOGETHER,
                "干部培训", null, Set.of(town, unit), LocalDate.of(2022, 5, 20), "meeting:x", NOW))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void an_activity_recorded_in_error_is_withdrawn_once_with_a_reason_and_no_longer_counts() {
        var activity = research(Set.of(town, unit)).activity();

        var withdrawn = activity.withdraw("重复登记", NOW);

        assertThat(withdrawn.reason()).isEqualTo("重复登记");
        assertThat(ActivityCriteria.all().matches(activity)).isFalse();
        assertThat(new ActivityCriteria(null, null, unit, null, null, true).matches(activity)).isTrue();
        assertThatThrownBy(() -> activity.withdraw("再次", NOW)).isInstanceOf(ActivityWithdrawnException.class);
        assertThatThrownBy(() -> research(Set.of(town, unit)).activity().withdraw(" ", NOW))
                .isInstanceOf(InvalidValueException.class);
    }
}
