package org.ronghe.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ronghe.domain.organization.OrganizationFixtures.*;
import static org.ronghe.domain.organization.OrganizationKind.*;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.shared.InvalidValueException;

@DisplayName("Organizations: what a refusal says, what is recorded, how values are read")
class OrganizationRefusalsAndRecordsScenariosTest {

    private final Organization district = districtCommittee();
    private final Organization nanxiang = under(district, TOWN_PARTY_COMMITTEE, "南翔镇党委", List.of());
    private final Organization malu = under(district, TOWN_PARTY_COMMITTEE, "马陆镇党委", List.of());
    private final Organization beiguan = under(nanxiang, VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION, "北管村党总支",
            List.of(district.getId()));

    @Nested
    @DisplayName("a refused change tells the client which rule, in a stable code, and about whom")
    class Refusals {

        @Test
        void a_town_with_active_villages_is_told_how_many_are_left() {
            assertThatThrownBy(() -> nanxiang.retire(3, NOW)).isInstanceOfSatisfying(ActiveChildrenException.class,
                    e -> {
                        assertThat(e.code()).isEqualTo("active-children");
                        assertThat(e.getMessage()).isEqualTo("organization " + nanxiang.getId()
                                + " still has 3 active child organization(s): retire or move them first");
                    });
        }

        @Test
        void a_town_with_exactly_one_active_village_does_not_retire() {
            assertThatThrownBy(() -> nanxiang.retire(1, NOW)).isInstanceOf(ActiveChildrenException.class);
            assertThat(nanxiang.status()).isEqualTo(OrganizationStatus.ACTIVE);
            assertThat(nanxiang.retiredAt()).isNull();
        }

        @Test
        void a_sibling_name_clash_names_the_name() {
            assertThatThrownBy(() -> nanxiang.rename(OrganizationName.of("马陆镇党委"), name -> true, NOW))
                    .isInstanceOfSatisfying(DuplicateSiblingNameException.class, e -> {
                        assertThat(e.code()).isEqualTo("duplicate-sibling-name");
                        assertThat(e.getMessage()).isEqualTo("an organization named 马陆镇党委 already sits under the same parent");
                    });
        }

        @Test
        void a_retired_organization_does_not_move_and_is_told_it_is_retired() {
            beiguan.retire(0, NOW);

            assertThatThrownBy(() -> beiguan.moveUnder(asParent(malu, district), SiblingNames.none(), NOW))
                    .isInstanceOfSatisfying(OrganizationRetiredException.class, e -> {
                        assertThat(e.code()).isEqualTo("organization-retired");
                        assertThat(e.getMessage())
                                .isEqualTo("organization " + beiguan.getId() + " is retired and can no longer change");
                    });
            assertThat(beiguan.parentId()).isEqualTo(nanxiang.getId());
        }

        @Test
        void a_cycle_names_the_organization_and_the_parent_it_was_to_move_under() {
            var villageEnterprise = under(beiguan, ENTERPRISE_PARTY_ORGANIZATION, "北管村某企业党支部",
                    List.of(district.getId(), nanxiang.getId()));

            assertThatThrownBy(() -> nanxiang.moveUnder(asParent(villageEnterprise, district, nanxiang, beiguan),
                    SiblingNames.none(), NOW)).isInstanceOfSatisfying(ParentCycleException.class, e -> {
                        assertThat(e.code()).isEqualTo("parent-cycle");
                        assertThat(e.getMessage()).isEqualTo("organization " + nanxiang.getId() + " cannot move under "
                                + villageEnterprise.getId() + ": that is itself or one of its descendants");
                    });
        }

        @Test
        void a_retired_parent_is_named_when_it_is_refused_a_new_child() {
            malu.retire(0, NOW);

            assertThatThrownBy(() -> beiguan.moveUnder(asParent(malu, district), SiblingNames.none(), NOW))
                    .isInstanceOfSatisfying(RetiredParentException.class, e -> {
                        assertThat(e.code()).isEqualTo("retired-parent");
                        assertThat(e.getMessage())
                                .isEqualTo("organization " + malu.getId() + " is retired and takes no new children");
                    });
            assertThat(beiguan.parentId()).isEqualTo(nanxiang.getId());
        }

        @Test
        void a_second_district_party_committee_is_told_which_one_lives_or_that_one_does() {
            assertThatThrownBy(() -> DistrictPartyCommitteePolicy.requireRoomFor(DISTRICT_PARTY_COMMITTEE,
                    Optional.of(district.getId()))).isInstanceOfSatisfying(SecondDistrictPartyCommitteeException.class,
                            e -> {
                                assertThat(e.code()).isEqualTo("second-district-party-committee");
                                assertThat(e.getMessage()).isEqualTo("the district party committee " + district.getId()
                                        + " is registered already: there is one per district (retire it first to replace it)");
                            });
            assertThat(new SecondDistrictPartyCommitteeException(null).getMessage()).isEqualTo(
                    "the district party committee is registered already: there is one per district (retire it first to replace it)");
        }

        @Test
        void a_wrong_parent_is_explained_by_the_allowed_parents() {
            assertThatThrownBy(() -> Organization.register(anId(), VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION,
                    OrganizationName.of("北管村党总支"), asParent(district), null, SiblingNames.none(), NOW))
                    .isInstanceOfSatisfying(ParentKindNotAllowedException.class, e -> {
                        assertThat(e.code()).isEqualTo("parent-kind-not-allowed");
                        assertThat(e.getMessage()).isEqualTo("a VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION cannot sit under a "
                                + "DISTRICT_PARTY_COMMITTEE; allowed parents: [TOWN_PARTY_COMMITTEE]");
                    });
        }

        @Test
        void a_root_kind_is_told_it_sits_at_the_top() {
            assertThatThrownBy(() -> Organization.register(anId(), NEIGHBOURING_JURISDICTION, OrganizationName.of("昆山市"),
                    asParent(district), null, SiblingNames.none(), NOW))
                    .isInstanceOf(ParentKindNotAllowedException.class)
                    .hasMessage("a NEIGHBOURING_JURISDICTION sits at the top and takes no parent");
        }

        @Test
        void a_kind_without_its_required_parent_is_told_which_parents_it_may_have() {
            assertThatThrownBy(() -> Organization.register(anId(), TOWN_PARTY_COMMITTEE, OrganizationName.of("安亭镇党委"),
                    null, null, SiblingNames.none(), NOW)).isInstanceOf(ParentKindNotAllowedException.class)
                    .hasMessage("a TOWN_PARTY_COMMITTEE needs a parent, one of [DISTRICT_PARTY_COMMITTEE]");
        }
    }

    @Nested
    @DisplayName("the hierarchy the kinds allow")
    class Hierarchy {

        @Test
        void a_village_needs_a_town_above_it() {
            assertThat(ParentKindPolicy.parentRequired(VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION)).isTrue();
            assertThat(ParentKindPolicy.allowedParents(VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION))
                    .containsExactly(TOWN_PARTY_COMMITTEE);
        }

        @Test
        void a_regional_unit_may_stand_alone_or_under_the_district_a_department_or_a_town() {
            assertThat(ParentKindPolicy.parentRequired(REGIONAL_UNIT)).isFalse();
            assertThat(ParentKindPolicy.allowedParents(REGIONAL_UNIT))
                    .containsExactlyInAnyOrder(DISTRICT_PARTY_COMMITTEE, DEPARTMENT_PARTY_BODY, TOWN_PARTY_COMMITTEE);
        }

        @Test
        void the_district_party_committee_has_no_parent_at_all() {
            assertThat(ParentKindPolicy.parentRequired(DISTRICT_PARTY_COMMITTEE)).isFalse();
            assertThat(ParentKindPolicy.allowedParents(DISTRICT_PARTY_COMMITTEE)).isEmpty();
        }
    }

    @Nested
    @DisplayName("what is recorded")
    class Records {

        @Test
        void registering_records_kind_name_parent_and_jurisdiction_in_the_event() {
            var id = anId();
            var name = OrganizationName.of("中共嘉定工业区委员会", "Jiading Industrial Zone Party Committee");
            var registration = Organization.register(id, TOWN_PARTY_COMMITTEE, name, asParent(district),
                    new Jurisdiction("嘉定工业区"), SiblingNames.none(), NOW);

            assertThat(registration.event()).isEqualTo(new OrganizationRegistered(id, TOWN_PARTY_COMMITTEE, name,
                    district.getId(), new Jurisdiction("嘉定工业区"), NOW));
            var town = registration.organization();
            assertThat(town.jurisdiction()).isEqualTo(new Jurisdiction("嘉定工业区"));
            assertThat(town.registeredAt()).isEqualTo(NOW);
            assertThat(town.retiredAt()).isNull();
        }

        @Test
        void each_change_returns_the_event_that_records_it() {
            Instant later = NOW.plusSeconds(60);
            var newName = OrganizationName.of("中共南翔镇委员会");

            assertThat(nanxiang.rename(newName, SiblingNames.none(), later))
                    .isEqualTo(new OrganizationRenamed(nanxiang.getId(), OrganizationName.of("南翔镇党委"), newName, later));
            assertThat(beiguan.moveUnder(asParent(malu, district), SiblingNames.none(), later))
                    .isEqualTo(new OrganizationMoved(beiguan.getId(), nanxiang.getId(), malu.getId(), later));
            assertThat(beiguan.retire(0, later)).isEqualTo(new OrganizationRetired(beiguan.getId(), later));
        }

        @Test
        void an_organization_restored_from_storage_is_the_one_that_was_stored() {
            var id = anId();
            Instant registered = NOW.minusSeconds(86_400);
            var restored = Organization.restore(new Organization.State(id, TOWN_PARTY_COMMITTEE,
                    OrganizationName.of("外冈镇党委"),
                    district.getId(), new Jurisdiction("外冈镇"), OrganizationStatus.RETIRED, registered, NOW, 4));

            assertThat(restored.getId()).isEqualTo(id);
            assertThat(restored.kind()).isEqualTo(TOWN_PARTY_COMMITTEE);
            assertThat(restored.name()).isEqualTo(OrganizationName.of("外冈镇党委"));
            assertThat(restored.parentId()).isEqualTo(district.getId());
            assertThat(restored.jurisdiction()).isEqualTo(new Jurisdiction("外冈镇"));
            assertThat(restored.status()).isEqualTo(OrganizationStatus.RETIRED);
            assertThat(restored.registeredAt()).isEqualTo(registered);
            assertThat(restored.retiredAt()).isEqualTo(NOW);
            assertThat(restored.version()).isEqualTo(4);
        }

        @Test
        void a_renamed_organization_stored_and_restored_again_is_the_one_that_was_stored() {
            nanxiang.rename(OrganizationName.of("中共南翔镇委员会"), SiblingNames.none(), NOW.plusSeconds(60));
            nanxiang.markStored(2);

            var restored = Organization.restore(nanxiang.state());

            assertThat(restored.state()).isEqualTo(nanxiang.state());
            assertThat(restored.name()).isEqualTo(OrganizationName.of("中共南翔镇委员会"));
            assertThat(restored.parentId()).isEqualTo(district.getId());
            assertThat(restored.version()).isEqualTo(2);
        }

        @Test
        void an_organization_shows_in_logs_by_id_kind_chinese_name_and_version() {
            assertThat(nanxiang.toString())
                    .isEqualTo("Organization[" + nanxiang.getId() + ", TOWN_PARTY_COMMITTEE, 南翔镇党委, v0]");
        }
    }

    @Nested
    @DisplayName("reading values from a request")
    class Values {

        @Test
        void an_organization_id_is_read_from_its_text_and_written_back_the_same() {
            var id = OrganizationId.parse("parentId", " 0b7a1f2e-1111-4000-8000-000000000001 ");

            assertThat(id).isEqualTo(new OrganizationId(UUID.fromString("0b7a1f2e-1111-4000-8000-000000000001")));
            assertThat(id.toString()).isEqualTo("0b7a1f2e-1111-4000-8000-000000000001");
        }

        @Test
        void a_missing_organization_id_is_required_and_a_malformed_one_is_invalid() {
            assertThatThrownBy(() -> OrganizationId.parse("parentId", null)).hasMessage("parentId: is required");
            assertThatThrownBy(() -> OrganizationId.parse("parentId", "  ")).hasMessage("parentId: is required");
            assertThatThrownBy(() -> OrganizationId.parse("parentId", "南翔镇"))
                    .isInstanceOf(InvalidValueException.class).hasMessage("parentId: is not a valid organization id");
        }

        @Test
        void a_kind_is_read_by_its_name_whatever_the_case() {
            assertThat(OrganizationKind.parse(" town_party_committee ")).isEqualTo(TOWN_PARTY_COMMITTEE);
            assertThatThrownBy(() -> OrganizationKind.parse(" ")).isInstanceOf(InvalidValueException.class)
                    .hasMessage("kind: is required");
        }

        @Test
        void a_status_is_active_or_retired_and_nothing_else() {
            assertThat(OrganizationStatus.parse("status", " retired ")).isEqualTo(OrganizationStatus.RETIRED);
            assertThat(OrganizationStatus.parse("status", "ACTIVE")).isEqualTo(OrganizationStatus.ACTIVE);
            assertThatThrownBy(() -> OrganizationStatus.parse("status", "DISSOLVED"))
                    .isInstanceOf(InvalidValueException.class).hasMessage("status: must be ACTIVE or RETIRED");
            assertThatThrownBy(() -> OrganizationStatus.parse("status", null))
                    .isInstanceOf(InvalidValueException.class);
        }

        @Test
        void a_blank_jurisdiction_means_none_was_given() {
            assertThat(Jurisdiction.ofNullable(null)).isNull();
            assertThat(Jurisdiction.ofNullable("   ")).isNull();
            assertThat(Jurisdiction.ofNullable(" 南翔镇 ")).isEqualTo(new Jurisdiction("南翔镇"));
        }
    }
}
