package org.ronghe.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ronghe.domain.organization.OrganizationFixtures.*;
import static org.ronghe.domain.organization.OrganizationKind.*;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.shared.InvalidValueException;

@DisplayName("Organizations of the district")
class OrganizationScenariosTest {

    private final Organization district = districtCommittee();
    private final Organization nanxiang = under(district, TOWN_PARTY_COMMITTEE, "南翔镇党委", List.of());

    @Nested
    @DisplayName("registering")
    class Registering {

        @Test
        void the_district_party_committee_registers_at_the_top_and_the_event_says_so() {
            var registration = Organization.register(anId(), DISTRICT_PARTY_COMMITTEE,
                    OrganizationName.of(" 中共上海市嘉定区委员会 "), null, null, SiblingNames.none(), NOW);

            assertThat(registration.organization().status()).isEqualTo(OrganizationStatus.ACTIVE);
            assertThat(registration.organization().name().zh()).isEqualTo("中共上海市嘉定区委员会");
            assertThat(registration.organization().version()).isZero();
            assertThat(registration.event().organization()).isEqualTo(registration.organization().getId());
            assertThat(registration.event().parent()).isNull();
            assertThat(registration.event().occurredAt()).isEqualTo(NOW);
        }

        @Test
        void there_is_one_live_district_party_committee_and_a_retired_one_makes_room_for_its_successor() {
            assertThatThrownBy(() -> DistrictPartyCommitteePolicy.requireRoomFor(DISTRICT_PARTY_COMMITTEE,
                    java.util.Optional.of(district.getId()))).isInstanceOf(SecondDistrictPartyCommitteeException.class)
                    .hasMessageContaining(district.getId().toString());
            org.assertj.core.api.Assertions.assertThatCode(() -> DistrictPartyCommitteePolicy.requireRoomFor(
                    DISTRICT_PARTY_COMMITTEE, java.util.Optional.empty())).doesNotThrowAnyException();
            org.assertj.core.api.Assertions.assertThatCode(() -> DistrictPartyCommitteePolicy.requireRoomFor(
                    TOWN_PARTY_COMMITTEE, java.util.Optional.of(district.getId()))).doesNotThrowAnyException();
        }

        @Test
        void a_name_that_differs_from_a_siblings_only_by_invisible_characters_is_the_same_name() {
            var name = OrganizationName.of("甲镇");
            SiblingNames taken = candidate -> candidate.key().equals(name.key());

            assertThatThrownBy(() -> Organization.register(anId(), TOWN_PARTY_COMMITTEE, OrganizationName.of("甲镇\u200B"),
                    ProspectiveParent.of(district, List.of()), null, taken, NOW))
                    .isInstanceOf(DuplicateSiblingNameException.class);
            assertThat(OrganizationName.of("\uFEFF甲镇\u202E").zh()).isEqualTo("甲镇");
        }

        @Test
        void a_village_sits_under_its_town() {
            var village = Organization.register(anId(), VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION,
                    OrganizationName.of("北管村党总支"), asParent(nanxiang, district), null, SiblingNames.none(), NOW);

            assertThat(village.organization().parentId()).isEqualTo(nanxiang.getId());
        }

        @Test
        void a_village_cannot_sit_directly_under_the_district() {
            assertThatThrownBy(() -> Organization.register(anId(), VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION,
                    OrganizationName.of("北管村党总支"), asParent(district), null, SiblingNames.none(), NOW))
                    .isInstanceOf(ParentKindNotAllowedException.class);
        }

        @Test
        void a_department_party_body_sits_under_the_district_and_nowhere_else() {
            assertThat(Organization.register(anId(), DEPARTMENT_PARTY_BODY, OrganizationName.of("区交通委党组"),
                    asParent(district), null, SiblingNames.none(), NOW).organization().parentId())
                    .isEqualTo(district.getId());
            assertThatThrownBy(() -> Organization.register(anId(), DEPARTMENT_PARTY_BODY,
                    OrganizationName.of("区交通委党组"), asParent(nanxiang, district), null, SiblingNames.none(), NOW))
                    .isInstanceOf(ParentKindNotAllowedException.class);
        }

        @Test
        void a_department_party_body_needs_a_parent() {
            assertThatThrownBy(() -> Organization.register(anId(), DEPARTMENT_PARTY_BODY,
                    OrganizationName.of("区市场监管局党委"), null, null, SiblingNames.none(), NOW))
                    .isInstanceOf(ParentKindNotAllowedException.class)
                    .hasMessageContaining("needs a parent");
        }

        @Test
        void a_neighbouring_jurisdiction_takes_no_parent() {
            assertThatThrownBy(() -> Organization.register(anId(), NEIGHBOURING_JURISDICTION,
                    OrganizationName.of("昆山市"), asParent(district), null, SiblingNames.none(), NOW))
                    .isInstanceOf(ParentKindNotAllowedException.class);
        }

        @Test
        void a_regional_unit_may_stand_alone_or_under_a_town() {
            assertThat(Organization.register(anId(), REGIONAL_UNIT, OrganizationName.of("上海国际汽车城"), null, null,
                    SiblingNames.none(), NOW).organization().parentId()).isNull();
            assertThat(Organization.register(anId(), REGIONAL_UNIT, OrganizationName.of("嘉定新城发展公司"),
                    asParent(nanxiang, district), null, SiblingNames.none(), NOW).organization().parentId())
                    .isEqualTo(nanxiang.getId());
        }

        @Test
        void two_siblings_cannot_share_a_chinese_name() {
            SiblingNames nameTakenUnderNanxiang = name -> name.key().equals(OrganizationName.of("北管村党总支").key());

            assertThatThrownBy(() -> Organization.register(anId(), VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION,
                    OrganizationName.of("北管村 党总支 "), asParent(nanxiang, district), null, nameTakenUnderNanxiang,
                    NOW)).isInstanceOf(DuplicateSiblingNameException.class);
        }

        @Test
        void a_retired_town_takes_no_new_villages() {
            nanxiang.retire(0, NOW);

            assertThatThrownBy(() -> Organization.register(anId(), VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION,
                    OrganizationName.of("北管村党总支"), asParent(nanxiang, district), null, SiblingNames.none(), NOW))
                    .isInstanceOf(RetiredParentException.class);
        }

        @Test
        void a_chinese_name_is_required_and_at_most_200_characters() {
            assertThatThrownBy(() -> OrganizationName.of("  ")).isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> OrganizationName.of("党".repeat(201))).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("at most 200");
            assertThat(OrganizationName.of("党".repeat(200)).zh()).hasSize(200);
        }

        @Test
        void a_name_with_a_line_break_is_refused_so_it_cannot_forge_log_lines() {
            assertThatThrownBy(() -> OrganizationName.of("南翔镇\r\nINFO forged")).isInstanceOf(InvalidValueException.class);
        }
    }

    @Nested
    @DisplayName("renaming")
    class Renaming {

        @Test
        void a_town_is_renamed_and_the_event_keeps_both_names() {
            var renamed = nanxiang.rename(OrganizationName.of("中共南翔镇委员会", "Nanxiang Town Party Committee"),
                    SiblingNames.none(), NOW);

            assertThat(renamed.oldName().zh()).isEqualTo("南翔镇党委");
            assertThat(renamed.newName().zh()).isEqualTo("中共南翔镇委员会");
            assertThat(nanxiang.name().en()).isEqualTo("Nanxiang Town Party Committee");
        }

        @Test
        void a_new_name_taken_by_a_sibling_is_refused_and_the_old_name_stays() {
            assertThatThrownBy(() -> nanxiang.rename(OrganizationName.of("马陆镇党委"), name -> true, NOW))
                    .isInstanceOf(DuplicateSiblingNameException.class);
            assertThat(nanxiang.name().zh()).isEqualTo("南翔镇党委");
        }

        @Test
        void changing_only_the_english_name_does_not_clash_with_itself() {
            nanxiang.rename(OrganizationName.of("南翔镇党委", "Nanxiang"), name -> true, NOW);

            assertThat(nanxiang.name().en()).isEqualTo("Nanxiang");
        }

        @Test
        void a_retired_organization_is_not_renamed() {
            nanxiang.retire(0, NOW);

            assertThatThrownBy(() -> nanxiang.rename(OrganizationName.of("新名"), SiblingNames.none(), NOW))
                    .isInstanceOf(OrganizationRetiredException.class);
        }
    }

    @Nested
    @DisplayName("moving")
    class Moving {

        private final Organization malu = under(district, TOWN_PARTY_COMMITTEE, "马陆镇党委", List.of());
        private final Organization beiguan = under(nanxiang, VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION, "北管村党总支",
                List.of(district.getId()));

        @Test
        void a_village_moves_to_another_town() {
            var moved = beiguan.moveUnder(asParent(malu, district), SiblingNames.none(), NOW);

            assertThat(moved.oldParent()).isEqualTo(nanxiang.getId());
            assertThat(moved.newParent()).isEqualTo(malu.getId());
            assertThat(beiguan.parentId()).isEqualTo(malu.getId());
        }

        @Test
        void an_organization_cannot_move_under_itself() {
            var enterprise = under(district, ENTERPRISE_PARTY_ORGANIZATION, "某企业党委", List.of());

            assertThatThrownBy(() -> enterprise.moveUnder(asParent(enterprise, district), SiblingNames.none(), NOW))
                    .isInstanceOf(ParentCycleException.class);
        }

        @Test
        void an_organization_cannot_move_under_its_own_descendant() {
            var villageEnterprise = under(beiguan, ENTERPRISE_PARTY_ORGANIZATION, "北管村某企业党支部",
                    List.of(district.getId(), nanxiang.getId()));

            assertThatThrownBy(() -> nanxiang.moveUnder(asParent(villageEnterprise, district, nanxiang, beiguan),
                    SiblingNames.none(), NOW)).isInstanceOf(ParentCycleException.class);
            assertThat(nanxiang.parentId()).isEqualTo(district.getId());
        }

        @Test
        void a_village_cannot_move_under_a_department() {
            var transport = under(district, DEPARTMENT_PARTY_BODY, "区交通委党组", List.of());

            assertThatThrownBy(() -> beiguan.moveUnder(asParent(transport, district), SiblingNames.none(), NOW))
                    .isInstanceOf(ParentKindNotAllowedException.class);
            assertThat(beiguan.parentId()).isEqualTo(nanxiang.getId());
        }

        @Test
        void a_village_cannot_move_to_a_town_that_has_a_village_of_the_same_name() {
            assertThatThrownBy(() -> beiguan.moveUnder(asParent(malu, district), name -> true, NOW))
                    .isInstanceOf(DuplicateSiblingNameException.class);
        }

        @Test
        void a_village_cannot_move_under_a_retired_town() {
            malu.retire(0, NOW);

            assertThatThrownBy(() -> beiguan.moveUnder(asParent(malu, district), SiblingNames.none(), NOW))
                    .isInstanceOf(RetiredParentException.class);
        }
    }

    @Nested
    @DisplayName("retiring")
    class Retiring {

        @Test
        void an_organization_without_active_children_retires_and_stays_on_record() {
            Instant later = NOW.plusSeconds(3600);
            var retired = nanxiang.retire(0, later);

            assertThat(retired.organization()).isEqualTo(nanxiang.getId());
            assertThat(nanxiang.status()).isEqualTo(OrganizationStatus.RETIRED);
            assertThat(nanxiang.retiredAt()).isEqualTo(later);
        }

        @Test
        void a_town_with_active_villages_cannot_retire() {
            assertThatThrownBy(() -> nanxiang.retire(3, NOW)).isInstanceOf(ActiveChildrenException.class);
            assertThat(nanxiang.status()).isEqualTo(OrganizationStatus.ACTIVE);
        }

        @Test
        void an_organization_retires_only_once() {
            nanxiang.retire(0, NOW);

            assertThatThrownBy(() -> nanxiang.retire(0, NOW)).isInstanceOf(OrganizationRetiredException.class);
        }
    }

    @Test
    void only_a_repository_advances_the_version_and_only_forwards() {
        nanxiang.markStored(1);

        assertThat(nanxiang.version()).isEqualTo(1);
        assertThatThrownBy(() -> nanxiang.markStored(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknown_kinds_are_refused_with_the_list_of_known_ones() {
        assertThatThrownBy(() -> OrganizationKind.parse("PARTY_CELL"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("TOWN_PARTY_COMMITTEE");
    }
}
