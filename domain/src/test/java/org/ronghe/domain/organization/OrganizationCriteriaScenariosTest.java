package org.ronghe.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ronghe.domain.organization.OrganizationFixtures.*;
import static org.ronghe.domain.organization.OrganizationKind.*;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Which organizations a listing selects")
class OrganizationCriteriaScenariosTest {

    private final Organization district = districtCommittee();
    private final Organization nanxiang = under(district, TOWN_PARTY_COMMITTEE, "南翔镇党委", List.of());
    private final Organization malu = under(district, TOWN_PARTY_COMMITTEE, "马陆镇党委", List.of());
    private final Organization transport = under(district, DEPARTMENT_PARTY_BODY, "区交通委党组", List.of());
    private final Organization beiguan = under(nanxiang, VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION, "北管村党总支",
            List.of(district.getId()));
    private final List<Organization> everyone;

    OrganizationCriteriaScenariosTest() {
        malu.retire(0, NOW);
        everyone = List.of(district, nanxiang, malu, transport, beiguan);
    }

    private List<Organization> listed(OrganizationCriteria criteria) {
        return everyone.stream().filter(criteria::matches).toList();
    }

    @Test
    void a_listing_without_criteria_selects_every_organization_retired_ones_included() {
        assertThat(listed(OrganizationCriteria.all())).containsExactlyElementsOf(everyone);
    }

    @Test
    void a_listing_by_kind_selects_the_towns_only() {
        assertThat(listed(new OrganizationCriteria(TOWN_PARTY_COMMITTEE, null, null))).containsExactly(nanxiang, malu);
    }

    @Test
    void a_listing_by_parent_selects_the_direct_children_only_not_the_grandchildren_nor_the_top() {
        assertThat(listed(new OrganizationCriteria(null, district.getId(), null)))
                .containsExactly(nanxiang, malu, transport);
        assertThat(listed(new OrganizationCriteria(null, nanxiang.getId(), null))).containsExactly(beiguan);
    }

    @Test
    void a_listing_by_status_selects_the_retired_organizations_kept_for_history() {
        assertThat(listed(new OrganizationCriteria(null, null, OrganizationStatus.RETIRED))).containsExactly(malu);
        assertThat(listed(new OrganizationCriteria(null, null, OrganizationStatus.ACTIVE)))
                .containsExactly(district, nanxiang, transport, beiguan);
    }

    @Test
    void criteria_combine_so_only_the_active_towns_under_the_district_are_selected() {
        assertThat(listed(new OrganizationCriteria(TOWN_PARTY_COMMITTEE, district.getId(), OrganizationStatus.ACTIVE)))
                .containsExactly(nanxiang);
    }
}
