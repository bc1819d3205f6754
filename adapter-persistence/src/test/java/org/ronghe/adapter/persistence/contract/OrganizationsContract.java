package org.ronghe.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.organization.DuplicateSiblingNameException;
import org.ronghe.domain.organization.Jurisdiction;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationCriteria;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.organization.OrganizationScope;
import org.ronghe.domain.organization.OrganizationStatus;
import org.ronghe.domain.organization.ProspectiveParent;
import org.ronghe.domain.organization.SiblingNames;
import org.ronghe.domain.shared.NameSearch;
import org.ronghe.domain.shared.StaleVersionException;

/** What every {@link org.ronghe.application.organization.port.out.Organizations} must do. */
public abstract class OrganizationsContract extends StorageContract {

    private static final Instant T0 = Instant.parse("2023-04-04T02:00:00.123456Z");

    private Organization register(OrganizationKind kind, String name, Organization parent, Instant at) {
        ProspectiveParent prospective = parent == null ? null : ProspectiveParent.of(parent, List.of());
        // the rules are bypassed on purpose (no sibling check): the store itself must hold the line
        return Organization.register(new OrganizationId(UUID.randomUUID()), kind, OrganizationName.of(name),
                prospective, null, SiblingNames.none(), at).organization();
    }

    private Organization district() {
        var district = Organization.register(new OrganizationId(UUID.randomUUID()),
                OrganizationKind.DISTRICT_PARTY_COMMITTEE,
                OrganizationName.of("中共上海市嘉定区委员会", "Jiading District Party Committee"), null,
                new Jurisdiction("嘉定区 🏙"), SiblingNames.none(), T0).organization();
        storage.organizations().add(district);
        return district;
    }

    @Test
    void an_added_organization_reads_back_identically_with_chinese_text_at_version_1() {
        var district = district();

        var read = storage.organizations().findById(district.getId()).orElseThrow();

        assertThat(district.version()).isEqualTo(1);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.name()).isEqualTo(district.name());
        assertThat(read.jurisdiction()).isEqualTo(new Jurisdiction("嘉定区 🏙"));
        assertThat(read.kind()).isEqualTo(OrganizationKind.DISTRICT_PARTY_COMMITTEE);
        assertThat(read.parentId()).isNull();
        assertThat(read.status()).isEqualTo(OrganizationStatus.ACTIVE);
        assertThat(read.registeredAt()).isEqualTo(T0);
        assertThat(read.retiredAt()).isNull();
    }

    @Test
    void many_organizations_read_at_once_leave_out_unknown_ids_and_repeat_none() {
        var district = district();
        var towns = new java.util.ArrayList<OrganizationId>();
        for (int i = 0; i < 1_005; i++) { // past one chunk of the JDBI adapter's IN list
            var town = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "镇" + i, district, T0);
            storage.organizations().add(town);
            towns.add(town.getId());
        }
        var asked = new java.util.ArrayList<>(towns);
        asked.add(new OrganizationId(UUID.randomUUID()));
        asked.add(towns.get(0));

        var found = storage.organizations().findAllById(asked);

        assertThat(found).extracting(Organization::getId).containsExactlyInAnyOrderElementsOf(towns);
        assertThat(found.stream().filter(o -> o.getId().equals(towns.get(7))).findFirst().orElseThrow().name().zh())
                .isEqualTo("镇7");
        assertThat(storage.organizations().findAllById(List.of())).isEmpty();
    }

    @Test
    void names_of_some_organizations_are_their_current_chinese_names_and_unknown_ids_are_left_out() {
        var district = district();
        var town = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, T0);
        storage.organizations().add(town);
        town.rename(OrganizationName.of("中共南翔镇委员会", "Nanxiang"), SiblingNames.none(), T0);
        storage.organizations().update(town);
        var unknown = new OrganizationId(UUID.randomUUID());

        var names = storage.organizations().namesOf(List.of(district.getId(), town.getId(), town.getId(), unknown));

        assertThat(names).containsOnly(Map.entry(district.getId(), district.name().zh()),
                Map.entry(town.getId(), "中共南翔镇委员会"));
        assertThat(storage.organizations().namesOf(List.of())).isEmpty();
    }

    @Test
    void all_reads_every_organization_once_with_its_current_state() {
        assertThat(storage.organizations().all()).isEmpty();
        var district = district();
        var town = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, T0);
        storage.organizations().add(town);
        town.rename(OrganizationName.of("中共南翔镇委员会", "Nanxiang"), SiblingNames.none(), T0);
        storage.organizations().update(town);

        var all = storage.organizations().all();

        assertThat(all).extracting(Organization::getId).containsExactlyInAnyOrder(district.getId(), town.getId());
        var read = all.stream().filter(o -> o.getId().equals(town.getId())).findFirst().orElseThrow();
        assertThat(read.name().zh()).isEqualTo("中共南翔镇委员会");
        assertThat(read.version()).isEqualTo(2);
    }

    @Test
    void an_unknown_id_reads_as_empty() {
        assertThat(storage.organizations().findById(new OrganizationId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void a_name_of_200_characters_outside_the_basic_plane_round_trips() {
        var district = district();
        var longName = "𠀀".repeat(OrganizationName.MAX_LENGTH);
        var unit = register(OrganizationKind.REGIONAL_UNIT, longName, district, T0);

        storage.organizations().add(unit);

        assertThat(storage.organizations().findById(unit.getId()).orElseThrow().name().zh()).isEqualTo(longName);
    }

    @Test
    void an_update_from_the_current_version_is_stored_and_advances_the_version() {
        var district = district();
        var town = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, T0);
        storage.organizations().add(town);

        town.rename(OrganizationName.of("中共南翔镇委员会", "Nanxiang"), SiblingNames.none(), T0);
        storage.organizations().update(town);
        town.retire(0, T0.plusSeconds(60));
        storage.organizations().update(town);

        var read = storage.organizations().findById(town.getId()).orElseThrow();
        assertThat(read.version()).isEqualTo(3);
        assertThat(town.version()).isEqualTo(3);
        assertThat(read.name().zh()).isEqualTo("中共南翔镇委员会");
        assertThat(read.status()).isEqualTo(OrganizationStatus.RETIRED);
        assertThat(read.retiredAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void an_update_from_a_stale_version_is_refused_and_writes_nothing() {
        var district = district();
        var first = storage.organizations().findById(district.getId()).orElseThrow();
        var second = storage.organizations().findById(district.getId()).orElseThrow();
        first.rename(OrganizationName.of("第一次改名"), SiblingNames.none(), T0);
        storage.organizations().update(first);

        second.rename(OrganizationName.of("第二次改名"), SiblingNames.none(), T0);
        assertThatThrownBy(() -> storage.organizations().update(second))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(2L));

        var read = storage.organizations().findById(district.getId()).orElseThrow();
        assertThat(read.name().zh()).isEqualTo("第一次改名");
        assertThat(read.version()).isEqualTo(2);
    }

    @Test
    void the_store_refuses_a_second_sibling_with_the_same_name_key() {
        var district = district();
        storage.organizations().add(register(OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, T0));

        assertThatThrownBy(() -> storage.organizations().add(
                register(OrganizationKind.TOWN_PARTY_COMMITTEE, " 南翔镇 党委", district, T0)))
                .isInstanceOf(DuplicateSiblingNameException.class);
        assertThat(storage.organizations().find(OrganizationCriteria.all(), PageRequest.first()).totalItems())
                .isEqualTo(2);
    }

    @Test
    void the_same_name_under_different_parents_is_fine_but_not_twice_at_the_top() {
        var district = district();
        var nanxiang = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, T0);
        var malu = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "马陆镇党委", district, T0);
        storage.organizations().add(nanxiang);
        storage.organizations().add(malu);
        storage.organizations().add(register(OrganizationKind.VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION, "第一村", nanxiang, T0));
        storage.organizations().add(register(OrganizationKind.VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION, "第一村", malu, T0));

        assertThatThrownBy(() -> storage.organizations().add(register(OrganizationKind.DISTRICT_PARTY_COMMITTEE,
                "中共上海市嘉定区委员会", null, T0))).isInstanceOf(DuplicateSiblingNameException.class);
    }

    @Test
    void a_rename_onto_a_sibling_name_is_refused_by_the_store() {
        var district = district();
        var nanxiang = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, T0);
        var malu = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "马陆镇党委", district, T0);
        storage.organizations().add(nanxiang);
        storage.organizations().add(malu);

        malu.rename(OrganizationName.of("南翔镇党委"), SiblingNames.none(), T0);

        assertThatThrownBy(() -> storage.organizations().update(malu)).isInstanceOf(DuplicateSiblingNameException.class);
        assertThat(storage.organizations().findById(malu.getId()).orElseThrow().name().zh()).isEqualTo("马陆镇党委");
    }

    @Test
    void name_taken_answers_per_parent_and_ignores_the_excluded_organization() {
        var district = district();
        var nanxiang = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, T0);
        storage.organizations().add(nanxiang);
        String key = nanxiang.name().key();

        assertThat(storage.organizations().isNameTaken(district.getId(), key, null)).isTrue();
        assertThat(storage.organizations().isNameTaken(district.getId(), key, nanxiang.getId())).isFalse();
        assertThat(storage.organizations().isNameTaken(nanxiang.getId(), key, null)).isFalse();
        assertThat(storage.organizations().isNameTaken(null, district.name().key(), null)).isTrue();
    }

    @Test
    void active_children_are_counted_and_retired_ones_are_not() {
        var district = district();
        var nanxiang = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, T0);
        var malu = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "马陆镇党委", district, T0);
        storage.organizations().add(nanxiang);
        storage.organizations().add(malu);
        malu.retire(0, T0);
        storage.organizations().update(malu);

        assertThat(storage.organizations().countActiveChildren(district.getId())).isEqualTo(1);
        assertThat(storage.organizations().countActiveChildren(nanxiang.getId())).isZero();
    }

    @Test
    void listings_filter_by_kind_parent_and_status() {
        var district = district();
        var nanxiang = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, T0);
        storage.organizations().add(nanxiang);
        var village = register(OrganizationKind.VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION, "北管村", nanxiang, T0);
        storage.organizations().add(village);
        var unit = register(OrganizationKind.REGIONAL_UNIT, "区域单位甲", district, T0);
        storage.organizations().add(unit);
        unit.retire(0, T0);
        storage.organizations().update(unit);

        assertThat(ids(new OrganizationCriteria(OrganizationKind.TOWN_PARTY_COMMITTEE, null, null)))
                .containsExactly(nanxiang.getId());
        assertThat(ids(new OrganizationCriteria(null, nanxiang.getId(), null))).containsExactly(village.getId());
        assertThat(ids(new OrganizationCriteria(null, district.getId(), OrganizationStatus.RETIRED)))
                .containsExactly(unit.getId());
        assertThat(ids(new OrganizationCriteria(null, null, OrganizationStatus.ACTIVE))).hasSize(3);
    }

    @Test
    void listings_search_names_in_either_language_follow_a_rename_and_keep_to_a_scope() {
        var district = district();
        var nanxiang = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, T0);
        storage.organizations().add(nanxiang);
        var village = register(OrganizationKind.VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION, "北管村", nanxiang, T0);
        storage.organizations().add(village);

        assertThat(ids(new OrganizationCriteria(null, null, null, new NameSearch("jiading DISTRICT"), null)))
                .containsExactly(district.getId());
        assertThat(ids(new OrganizationCriteria(null, null, null, new NameSearch("党委"), null)))
                .containsExactly(nanxiang.getId());
        village.rename(OrganizationName.of("北管村党总支", "Beiguan Village"), SiblingNames.none(), T0);
        storage.organizations().update(village);
        assertThat(ids(new OrganizationCriteria(null, null, null, new NameSearch("党总支"), null)))
                .containsExactly(village.getId());
        assertThat(ids(new OrganizationCriteria(null, null, null, new NameSearch("beiguan"), null)))
                .containsExactly(village.getId());
        assertThat(ids(new OrganizationCriteria(null, null, null, null,
                new OrganizationScope(nanxiang.getId(), Set.of(nanxiang.getId(), village.getId())))))
                .containsExactlyInAnyOrder(nanxiang.getId(), village.getId());
        assertThat(ids(new OrganizationCriteria(null, null, null, new NameSearch("北管"),
                new OrganizationScope(district.getId(), Set.of(district.getId()))))).isEmpty();
    }

    @Test
    void paging_follows_registration_time_then_id_and_never_skips_or_repeats() {
        var district = district();
        List<OrganizationId> expected = new ArrayList<>();
        // ten share one instant, so the id decides among them
        IntStream.range(0, 25).forEach(i -> {
            var unit = register(OrganizationKind.REGIONAL_UNIT, "区域单位" + i, district,
                    i < 10 ? T0.plusSeconds(1) : T0.plus(i, ChronoUnit.MINUTES));
            storage.organizations().add(unit);
        });
        var criteria = new OrganizationCriteria(OrganizationKind.REGIONAL_UNIT, null, null);
        var all = storage.organizations().find(criteria, new PageRequest(1, 100)).items();
        all.stream().sorted((a, b) -> {
            int byTime = a.registeredAt().compareTo(b.registeredAt());
            return byTime != 0 ? byTime : a.getId().toString().compareTo(b.getId().toString());
        }).forEach(o -> expected.add(o.getId()));

        List<OrganizationId> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            var result = storage.organizations().find(criteria, new PageRequest(page, 10));
            assertThat(result.totalItems()).isEqualTo(25);
            result.items().forEach(o -> paged.add(o.getId()));
        }
        assertThat(all).extracting(Organization::getId).containsExactlyElementsOf(expected);
        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(storage.organizations().find(criteria, new PageRequest(4, 10)).items()).isEmpty();
    }

    @Test
    void a_transaction_that_fails_leaves_nothing_behind() {
        var district = district();
        var nanxiang = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, T0);

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.organizations().add(nanxiang);
            var renamed = storage.organizations().findById(district.getId()).orElseThrow();
            renamed.rename(OrganizationName.of("改了又撤销"), SiblingNames.none(), T0);
            storage.organizations().update(renamed);
            throw new IllegalStateException("fails after two writes");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storage.organizations().findById(nanxiang.getId())).isEmpty();
        var read = storage.organizations().findById(district.getId()).orElseThrow();
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.name().zh()).isEqualTo("中共上海市嘉定区委员会");
    }

    @Test
    void a_transaction_sees_its_own_writes_and_commits_them_together() {
        var district = district();
        var nanxiang = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "南翔镇党委", district, T0);
        var malu = register(OrganizationKind.TOWN_PARTY_COMMITTEE, "马陆镇党委", district, T0);

        long children = storage.transactions().inTransaction(() -> {
            storage.organizations().add(nanxiang);
            storage.organizations().add(malu);
            return storage.organizations().countActiveChildren(district.getId());
        });

        assertThat(children).isEqualTo(2);
        assertThat(storage.organizations().countActiveChildren(district.getId())).isEqualTo(2);
    }

    private List<OrganizationId> ids(OrganizationCriteria criteria) {
        return storage.organizations().find(criteria, new PageRequest(1, 100)).items().stream()
                .map(Organization::getId).toList();
    }

    @Test
    void the_store_keeps_one_live_district_party_committee_and_a_retired_one_does_not_count() {
        var first = district();
        var second = register(OrganizationKind.DISTRICT_PARTY_COMMITTEE, "另一个区委", null, T0);

        assertThatThrownBy(() -> storage.organizations().add(second))
                .isInstanceOf(org.ronghe.domain.organization.SecondDistrictPartyCommitteeException.class);
        assertThat(storage.organizations().liveDistrictPartyCommittee()).map(Organization::getId)
                .contains(first.getId());

        first.retire(0, T0.plusSeconds(1));
        storage.organizations().update(first);
        assertThat(storage.organizations().liveDistrictPartyCommittee()).isEmpty();
        storage.organizations().add(second);

        assertThat(storage.organizations().liveDistrictPartyCommittee()).map(Organization::getId)
                .contains(second.getId());
    }

    @Test
    void of_two_district_party_committees_registered_at_once_exactly_one_is_stored() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                var candidate = register(OrganizationKind.DISTRICT_PARTY_COMMITTEE, "区委" + i, null, T0);
                attempts.add(pool.submit(() -> {
                    start.await();
                    try {
                        storage.transactions().inTransaction(() -> {
                            storage.organizations().add(candidate);
                            return null;
                        });
                        return true;
                    } catch (org.ronghe.domain.organization.SecondDistrictPartyCommitteeException refused) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int stored = 0;
            for (var attempt : attempts) {
                stored += attempt.get() ? 1 : 0;
            }

            assertThat(stored).isEqualTo(1);
            assertThat(storage.organizations().find(new OrganizationCriteria(OrganizationKind.DISTRICT_PARTY_COMMITTEE,
                    null, OrganizationStatus.ACTIVE), PageRequest.first()).totalItems()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
