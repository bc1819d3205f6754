package org.ronghe.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ronghe.domain.organization.OrganizationFixtures.*;
import static org.ronghe.domain.organization.OrganizationKind.*;

import java.util.List;

import org.ronghe.domain.shared.NameSearch;

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

    @Test
    void a_search_by_name_finds_it_whatever_the_case_the_width_or_the_spaces_typed() {
        assertThat(listed(new OrganizationCriteria(null, null, null, new NameSearch("北管 村"), null)))
                .containsExactly(beiguan);
        assertThat(listed(new OrganizationCriteria(null, null, null, new NameSearch("ＪＩＡＤＩＮＧ district"), null)))
                .as("the English name is searched too, full-width letters fold").containsExactly(district);
        assertThat(listed(new OrganizationCriteria(null, null, null, new NameSearch("党委"), null)))
                .containsExactly(nanxiang, malu);
        assertThat(listed(new OrganizationCriteria(null, null, null, new NameSearch("安亭"), null))).isEmpty();
    }

    @Test
    void a_towns_scope_takes_in_the_town_and_its_villages_but_not_a_neighbouring_town_nor_the_district() {
        var scope = OrganizationScope.of(nanxiang.getId(), everyone);
        assertThat(scope.root()).isEqualTo(nanxiang.getId());
        assertThat(scope.members()).containsExactlyInAnyOrder(nanxiang.getId(), beiguan.getId());
        assertThat(listed(new OrganizationCriteria(null, null, null, null, scope))).containsExactly(nanxiang, beiguan);
        assertThat(scope.includesAny(List.of(malu.getId(), transport.getId()))).isFalse();
        assertThat(scope.includesAny(List.of(malu.getId(), beiguan.getId()))).isTrue();
    }

    @Test
    void the_districts_scope_takes_in_every_organization_at_any_depth() {
        assertThat(OrganizationScope.of(district.getId(), everyone).members())
                .containsExactlyInAnyOrderElementsOf(everyone.stream().map(Organization::getId).toList());
    }

    @Test
    void a_scope_of_an_organization_with_nothing_under_it_is_the_organization_alone() {
        assertThat(OrganizationScope.of(beiguan.getId(), everyone).members()).containsExactly(beiguan.getId());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new OrganizationScope(beiguan.getId(), java.util.Set.of(nanxiang.getId())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
