package org.ronghe.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;

/**
 * Which co-work activities a listing selects: research by Nanxiang town and a regional unit under the Ximen area
 * committee (20 May 2022), services delivered by Nanxiang and a school (10 June 2022), and a cadre training by
 * Malu town and the school recorded in error and withdrawn (30 June 2022).
 */
@DisplayName("Listing co-work activities by form, committee, organization and days")
class ActivityCriteriaTest {

    private static final Instant NOW = Instant.parse("2022-07-01T02:00:00Z");
    private static final LocalDate JUNE_10 = LocalDate.of(2022, 6, 10);

    private final OrganizationId nanxiang = organization();
    private final OrganizationId malu = organization();
    private final OrganizationId regionalUnit = organization();
    private final OrganizationId school = organization();
    private final CommitteeId ximenCommittee = new CommitteeId(UUID.randomUUID());

    private final CoWorkActivity research = record(CoWorkForm.RESEARCH_DONE_TOGETHER, "片区停车调研", ximenCommittee,
            Set.of(nanxiang, regionalUnit), LocalDate.of(2022, 5, 20));
    private final CoWorkActivity services = record(CoWorkForm.SERVICES_DELIVERED_TOGETHER, "15分钟民生服务圈义诊", null,
            Set.of(nanxiang, school), JUNE_10);
    private final CoWorkActivity training = record(CoWorkForm.CADRES_TRAINED_TOGETHER, "社区干部轮训", null,
            Set.of(malu, school), LocalDate.of(2022, 6, 30));
    private final List<CoWorkActivity> recorded = List.of(research, services, training);

    ActivityCriteriaTest() {
        training.withdraw("重复登记", NOW);
    }

    private static OrganizationId organization() {
        return new OrganizationId(UUID.randomUUID());
    }

    private static CoWorkActivity record(CoWorkForm form, String title, CommitteeId committee,
            Set<OrganizationId> organizations, LocalDate heldOn) {
        return CoWorkActivity.record(new ActivityId(UUID.randomUUID()), form, title, committee, organizations, heldOn,
                null, NOW).activity();
    }

    private List<CoWorkActivity> listed(ActivityCriteria criteria) {
        return recorded.stream().filter(criteria::matches).toList();
    }

    @Test
    void a_listing_without_criteria_selects_every_activity_not_withdrawn() {
        assertThat(listed(ActivityCriteria.all())).containsExactly(research, services);
    }

    @Test
    void withdrawn_activities_are_listed_only_when_asked_for() {
        assertThat(listed(new ActivityCriteria(null, null, null, null, null, true)))
                .containsExactly(research, services, training);
        assertThat(listed(new ActivityCriteria(CoWorkForm.CADRES_TRAINED_TOGETHER, null, null, null, null, false)))
                .isEmpty();
    }

    @Test
    void a_listing_by_form_selects_the_activities_of_that_form() {
        assertThat(listed(new ActivityCriteria(CoWorkForm.SERVICES_DELIVERED_TOGETHER, null, null, null, null, false)))
                .containsExactly(services);
        assertThat(listed(new ActivityCriteria(CoWorkForm.POSITIONS_BUILT_TOGETHER, null, null, null, null, false)))
                .isEmpty();
    }

    @Test
    void a_listing_by_committee_selects_the_activities_held_under_it() {
        assertThat(listed(new ActivityCriteria(null, ximenCommittee, null, null, null, false))).containsExactly(research);
        assertThat(listed(new ActivityCriteria(null, new CommitteeId(UUID.randomUUID()), null, null, null, false)))
                .isEmpty();
    }

    @Test
    void a_listing_by_organization_selects_the_activities_it_took_part_in() {
        assertThat(listed(new ActivityCriteria(null, null, nanxiang, null, null, false))).containsExactly(research,
                services);
        assertThat(listed(new ActivityCriteria(null, null, school, null, null, true))).containsExactly(services,
                training);
    }

    @Test
    void the_first_day_of_a_listing_is_included() {
        assertThat(listed(new ActivityCriteria(null, null, null, JUNE_10, null, false))).containsExactly(services);
        assertThat(listed(new ActivityCriteria(null, null, null, JUNE_10.plusDays(1), null, false))).isEmpty();
    }

    @Test
    void the_day_a_listing_runs_until_is_excluded() {
        assertThat(listed(new ActivityCriteria(null, null, null, null, JUNE_10, false))).containsExactly(research);
        assertThat(listed(new ActivityCriteria(null, null, null, null, JUNE_10.plusDays(1), false)))
                .containsExactly(research, services);
    }

    @Test
    void a_listing_of_one_month_selects_the_activities_held_in_it() {
        assertThat(listed(new ActivityCriteria(null, null, nanxiang, LocalDate.of(2022, 6, 1), LocalDate.of(2022, 7, 1),
                false))).containsExactly(services);
    }
}
