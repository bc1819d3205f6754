package org.ronghe.domain.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ronghe.domain.committee.CommitteeFixtures.*;
import static org.ronghe.domain.committee.CommitteeTier.*;
import static org.ronghe.domain.committee.MembershipRole.LEAD;
import static org.ronghe.domain.organization.OrganizationKind.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.area.Area;
import org.ronghe.domain.shared.NameSearch;

@DisplayName("Which committees a listing selects")
class CommitteeCriteriaScenariosTest {

    private final Registry registry = new Registry();
    private final Candidate jiadingTown = candidate(TOWN_PARTY_COMMITTEE);
    private final Candidate nanxiang = candidate(TOWN_PARTY_COMMITTEE);
    private final Area ximen = area("西门历史文化街区", jiadingTown);
    private final Area yuanxiang = area("远香文化源", nanxiang);

    private final FusionCommittee promotion = registry.plan(DISTRICT_PROMOTION, "嘉定新城融合型党建推进委员会", null, null);
    private final FusionCommittee economy = registry.plan(PROFESSIONAL, "经济专业委员会", ProfessionalField.ECONOMY, null);
    private final FusionCommittee city = registry.plan(PROFESSIONAL, "城市专业委员会", ProfessionalField.CITY, null);
    private final FusionCommittee ximenCommittee = registry.plan(AREA, "西门片区融委会", null, ximen.getId());
    private final FusionCommittee yuanxiangCommittee = registry.plan(AREA, "远香文化源融委会", null, yuanxiang.getId());
    private final List<FusionCommittee> all;

    CommitteeCriteriaScenariosTest() {
        promotion.appointChair(new Chair("王五", "区委副书记"), PLANNED, NOW);
        promotion.admit(candidate(DISTRICT_PARTY_COMMITTEE), LEAD, PLANNED, null, NOW);
        promotion.establish(ESTABLISHED, NOW);
        ximenCommittee.appointChair(new Chair("张三", "嘉定镇街道党工委书记"), PLANNED, NOW);
        ximenCommittee.admit(jiadingTown, LEAD, PLANNED, ximen, NOW);
        ximenCommittee.establish(ESTABLISHED, NOW);
        city.dissolve(LocalDate.of(2024, 1, 1), 0, NOW);
        all = List.of(promotion, economy, city, ximenCommittee, yuanxiangCommittee);
    }

    private List<FusionCommittee> listed(CommitteeCriteria criteria) {
        return all.stream().filter(criteria::matches).toList();
    }

    @Test
    void a_listing_without_criteria_selects_every_committee_dissolved_ones_included() {
        assertThat(listed(CommitteeCriteria.all())).containsExactlyElementsOf(all);
    }

    @Test
    void a_listing_by_tier_selects_the_professional_committees() {
        assertThat(listed(new CommitteeCriteria(PROFESSIONAL, null, null, null))).containsExactly(economy, city);
    }

    @Test
    void a_listing_by_status_selects_by_todays_status() {
        assertThat(listed(new CommitteeCriteria(null, CommitteeStatus.ESTABLISHED, null, null)))
                .containsExactly(promotion, ximenCommittee);
        assertThat(listed(new CommitteeCriteria(null, CommitteeStatus.PLANNED, null, null)))
                .containsExactly(economy, yuanxiangCommittee);
        assertThat(listed(new CommitteeCriteria(null, CommitteeStatus.DISSOLVED, null, null))).containsExactly(city);
    }

    @Test
    void a_listing_by_area_selects_the_fusion_committee_of_that_area_only() {
        assertThat(listed(new CommitteeCriteria(null, null, ximen.getId(), null))).containsExactly(ximenCommittee);
    }

    @Test
    void a_listing_by_field_selects_the_professional_committee_of_that_field_only() {
        assertThat(listed(new CommitteeCriteria(null, null, null, ProfessionalField.ECONOMY))).containsExactly(economy);
    }

    @Test
    void criteria_combine_so_only_the_planned_area_committees_are_selected() {
        assertThat(listed(new CommitteeCriteria(AREA, CommitteeStatus.PLANNED, null, null)))
                .containsExactly(yuanxiangCommittee);
        assertThat(listed(new CommitteeCriteria(AREA, CommitteeStatus.PLANNED, ximen.getId(), null))).isEmpty();
    }

    @Test
    void a_listing_of_a_committees_children_selects_those_hanging_directly_under_it_whatever_their_tier_or_status() {
        assertThat(listed(CommitteeCriteria.childrenOf(promotion.getId())))
                .containsExactly(economy, city, ximenCommittee, yuanxiangCommittee);
        assertThat(listed(CommitteeCriteria.childrenOf(ximenCommittee.getId()))).as("an area committee has none").isEmpty();
        assertThat(listed(new CommitteeCriteria(AREA, null, null, null, promotion.getId())))
                .containsExactly(ximenCommittee, yuanxiangCommittee);
    }

    @Test
    void a_search_by_name_lists_the_committees_whose_name_contains_it() {
        assertThat(listed(new CommitteeCriteria(null, null, null, null, null, new NameSearch("专业委员会"))))
                .containsExactly(economy, city);
        assertThat(listed(new CommitteeCriteria(null, null, null, null, null, new NameSearch("远香"))))
                .containsExactly(yuanxiangCommittee);
        assertThat(listed(new CommitteeCriteria(PROFESSIONAL, null, null, null, null, new NameSearch("远香")))).isEmpty();
    }

    @Test
    void a_towns_scope_lists_the_committees_where_it_or_one_under_it_holds_a_seat_now_not_one_it_left() {
        var town = nanxiang.organization();
        var village = new org.ronghe.domain.organization.OrganizationId(java.util.UUID.randomUUID());
        var scope = new org.ronghe.domain.organization.OrganizationScope(town, java.util.Set.of(town, village));
        yuanxiangCommittee.admit(nanxiang, LEAD, PLANNED, yuanxiang, NOW);
        assertThat(listed(new CommitteeCriteria(null, null, null, null, null, null, scope)))
                .containsExactly(yuanxiangCommittee);
        yuanxiangCommittee.endMembership(town, LocalDate.of(2023, 1, 1), NOW);
        assertThat(listed(new CommitteeCriteria(null, null, null, null, null, null, scope))).as("its seat ended").isEmpty();
    }
}
