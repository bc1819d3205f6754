package org.ronghe.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.area.Area;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.committee.AreaAlreadyCoveredException;
import org.ronghe.domain.committee.Candidate;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeRegistry;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.FieldAlreadyCoveredException;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.committee.RulesKind;
import org.ronghe.domain.committee.SecondPromotionCommitteeException;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.organization.OrganizationStatus;
import org.ronghe.domain.organization.ProspectiveParent;
import org.ronghe.domain.organization.SiblingNames;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.StaleVersionException;

/** What every {@link org.ronghe.application.committee.port.out.Committees} and {@code Areas} must do. */
public abstract class CommitteesContract extends StorageContract {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private static final LocalDate PLANNED = LocalDate.of(2022, 3, 1);
    private static final LocalDate ESTABLISHED = LocalDate.of(2022, 9, 1);

    private Organization district;
    private Organization town;
    private Area area;

    private Organization organization(OrganizationKind kind, String name, Organization parent) {
        var organization = Organization.register(new OrganizationId(UUID.randomUUID()), kind, OrganizationName.of(name),
                parent == null ? null : ProspectiveParent.of(parent, List.of()), null, SiblingNames.none(), NOW)
                .organization();
        storage.organizations().add(organization);
        return organization;
    }

    private static Candidate candidate(Organization organization) {
        return new Candidate(organization.getId(), organization.kind(), OrganizationStatus.ACTIVE);
    }

    @BeforeEach
    void structure() {
        district = organization(OrganizationKind.DISTRICT_PARTY_COMMITTEE, "中共上海市嘉定区委员会", null);
        town = organization(OrganizationKind.TOWN_PARTY_COMMITTEE, "嘉定镇街道党工委", district);
        area = Area.define(new AreaId(UUID.randomUUID()), AreaLayout.AREA, BilingualName.of("西门历史文化街区", "Ximen"),
                Set.of(town.getId()), org.ronghe.domain.area.AreaNames.none(), NOW).area();
        storage.areas().add(area);
    }

    private FusionCommittee plan(CommitteeTier tier, String name, ProfessionalField field, AreaId areaId,
            CommitteeRegistry registry) {
        var committee = FusionCommittee.plan(new CommitteeId(UUID.randomUUID()), tier, BilingualName.of(name, null), field,
                areaId, registry, PLANNED, NOW).committee();
        storage.committees().add(committee);
        return committee;
    }

    /** A registry that answers only which committee is the promotion committee, as a stale or blind one would. */
    private static CommitteeRegistry knowingOnlyThePromotionCommittee(java.util.Optional<CommitteeId> promotion) {
        return new CommitteeRegistry() {
            @Override
            public java.util.Optional<CommitteeId> promotionCommittee() {
                return promotion;
            }

            @Override
            public boolean coversField(ProfessionalField field) {
                return false;
            }

            @Override
            public boolean coversArea(AreaId areaId) {
                return false;
            }
        };
    }

    private FusionCommittee promotion() {
        return plan(CommitteeTier.DISTRICT_PROMOTION, "推进委员会", null, null, storage.committees());
    }

    @Test
    void an_area_reads_back_with_its_towns() {
        var read = storage.areas().findById(area.getId()).orElseThrow();

        assertThat(read.towns()).containsExactly(town.getId());
        assertThat(read.name()).isEqualTo(BilingualName.of("西门历史文化街区", "Ximen"));
        assertThat(read.version()).isEqualTo(1);
        var core = Area.define(new AreaId(UUID.randomUUID()), AreaLayout.CORE, BilingualName.of("核心区", null),
                Set.of(town.getId()), org.ronghe.domain.area.AreaNames.none(), NOW).area();
        storage.areas().add(core);
        assertThat(storage.areas().findAll()).extracting(Area::layout).containsExactly(AreaLayout.CORE, AreaLayout.AREA);
    }

    @Test
    void a_committee_with_chair_members_rules_and_history_reads_back_identically() {
        var promotion = promotion();
        var committee = plan(CommitteeTier.AREA, "西门历史文化街区片区融委会", null, area.getId(), storage.committees());
        var unit = organization(OrganizationKind.REGIONAL_UNIT, "上海某研究院", town);
        var department = organization(OrganizationKind.DEPARTMENT_PARTY_BODY, "区文旅局党委", district);
        committee.appointChair(new Chair("张三", "嘉定镇街道党工委书记"), PLANNED, NOW);
        committee.admit(candidate(town), MembershipRole.LEAD, PLANNED, area, NOW);
        committee.admit(candidate(department), MembershipRole.COOPERATING, PLANNED, area, NOW);
        committee.admit(candidate(unit), MembershipRole.PARTICIPATING, PLANNED, area, NOW);
        committee.adoptRules(RulesKind.WORK_RULES, "工作规则", PLANNED, "https://example.org/规则", NOW);
        storage.committees().update(committee);
        var again = storage.committees().findById(committee.getId()).orElseThrow();
        again.establish(ESTABLISHED, NOW);
        again.endMembership(unit.getId(), ESTABLISHED.plusMonths(2), NOW);
        storage.committees().update(again);

        var read = storage.committees().findById(committee.getId()).orElseThrow();

        assertThat(read.version()).isEqualTo(3);
        assertThat(read.parent()).isEqualTo(promotion.getId());
        assertThat(read.area()).isEqualTo(area.getId());
        assertThat(read.status()).isEqualTo(CommitteeStatus.ESTABLISHED);
        assertThat(read.establishedOn()).isEqualTo(ESTABLISHED);
        assertThat(read.chair()).isEqualTo(new Chair("张三", "嘉定镇街道党工委书记"));
        assertThat(read.memberships()).isEqualTo(again.memberships());
        assertThat(read.rules()).isEqualTo(again.rules());
        assertThat(read.membersOn(ESTABLISHED.plusMonths(3))).hasSize(2);
    }

    @Test
    void a_change_rolled_back_leaves_no_trace_in_later_reads_and_the_next_committed_change_shows() {
        promotion();
        var committee = plan(CommitteeTier.AREA, "西门片区融委会", null, area.getId(), storage.committees());
        var unit = organization(OrganizationKind.REGIONAL_UNIT, "上海某研究院", town);
        var department = organization(OrganizationKind.DEPARTMENT_PARTY_BODY, "区文旅局党委", district);
        committee.admit(candidate(town), MembershipRole.LEAD, PLANNED, area, NOW);
        storage.committees().update(committee);
        var before = storage.committees().findById(committee.getId()).orElseThrow(); // read at version 2

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            var inside = storage.committees().findById(committee.getId()).orElseThrow();
            inside.admit(candidate(unit), MembershipRole.PARTICIPATING, PLANNED, area, NOW);
            storage.committees().update(inside);
            assertThat(storage.committees().findById(committee.getId()).orElseThrow().memberships()).hasSize(2);
            throw new IllegalStateException("roll back");
        })).hasMessage("roll back");
        // Version 3 again, with other content: a read must never answer with the rolled-back version 3.
        before.admit(candidate(department), MembershipRole.COOPERATING, PLANNED, area, NOW);
        storage.committees().update(before);

        var read = storage.committees().findById(committee.getId()).orElseThrow();
        assertThat(read.version()).isEqualTo(3);
        assertThat(read.memberships()).extracting(m -> m.organization())
                .containsExactly(town.getId(), department.getId());
    }

    @Test
    void a_stale_update_is_refused_and_writes_nothing() {
        var committee = promotion();
        var first = storage.committees().findById(committee.getId()).orElseThrow();
        var second = storage.committees().findById(committee.getId()).orElseThrow();
        first.appointChair(new Chair("李四", "区委副书记"), PLANNED, NOW);
        storage.committees().update(first);

        second.appointChair(new Chair("王五", "区委副书记"), PLANNED, NOW);
        assertThatThrownBy(() -> storage.committees().update(second)).isInstanceOf(StaleVersionException.class);
        assertThat(storage.committees().findById(committee.getId()).orElseThrow().chair().name()).isEqualTo("李四");
    }

    @Test
    void the_store_itself_refuses_a_second_promotion_committee_a_second_field_and_a_second_area_committee() {
        var promotion = promotion();
        CommitteeRegistry blind = knowingOnlyThePromotionCommittee(java.util.Optional.of(promotion.getId()));
        CommitteeRegistry none = knowingOnlyThePromotionCommittee(java.util.Optional.empty());
        plan(CommitteeTier.PROFESSIONAL, "经济专业委员会", ProfessionalField.ECONOMY, null, blind);
        plan(CommitteeTier.AREA, "西门片区融委会", null, area.getId(), blind);

        assertThatThrownBy(() -> plan(CommitteeTier.DISTRICT_PROMOTION, "第二推进委员会", null, null, none))
                .isInstanceOf(SecondPromotionCommitteeException.class);
        assertThatThrownBy(() -> plan(CommitteeTier.PROFESSIONAL, "又一经济委员会", ProfessionalField.ECONOMY, null, blind))
                .isInstanceOf(FieldAlreadyCoveredException.class);
        assertThatThrownBy(() -> plan(CommitteeTier.AREA, "又一西门融委会", null, area.getId(), blind))
                .isInstanceOf(AreaAlreadyCoveredException.class);
    }

    @Test
    void the_registry_answers_for_committees_that_are_not_dissolved() {
        assertThat(storage.committees().promotionCommittee()).isEmpty();
        var promotion = promotion();
        var culture = plan(CommitteeTier.PROFESSIONAL, "文化专业委员会", ProfessionalField.CULTURE, null,
                storage.committees());

        assertThat(storage.committees().promotionCommittee()).contains(promotion.getId());
        assertThat(storage.committees().coversField(ProfessionalField.CULTURE)).isTrue();
        assertThat(storage.committees().coversField(ProfessionalField.CITY)).isFalse();
        culture.dissolve(ESTABLISHED, 0, NOW);
        storage.committees().update(culture);
        assertThat(storage.committees().coversField(ProfessionalField.CULTURE)).isFalse();
        plan(CommitteeTier.PROFESSIONAL, "新文化专业委员会", ProfessionalField.CULTURE, null, storage.committees());
    }

    @Test
    void listings_filter_by_tier_status_area_field_and_parent_promotion_first_and_seats_are_found() {
        var promotion = promotion();
        var economy = plan(CommitteeTier.PROFESSIONAL, "经济专业委员会", ProfessionalField.ECONOMY, null,
                storage.committees());
        var ximen = plan(CommitteeTier.AREA, "西门片区融委会", null, area.getId(), storage.committees());
        ximen.admit(candidate(town), MembershipRole.LEAD, PLANNED, area, NOW);
        ximen.appointChair(new Chair("张三", "书记"), PLANNED, NOW);
        ximen.establish(ESTABLISHED, NOW);
        storage.committees().update(ximen);

        assertThat(storage.committees().find(CommitteeCriteria.all(), PageRequest.first()).items())
                .extracting(FusionCommittee::getId).containsExactly(promotion.getId(), economy.getId(), ximen.getId());
        assertThat(storage.committees().find(new CommitteeCriteria(null, CommitteeStatus.ESTABLISHED, null, null),
                PageRequest.first()).items()).extracting(FusionCommittee::getId).containsExactly(ximen.getId());
        assertThat(storage.committees().find(new CommitteeCriteria(CommitteeTier.AREA, null, area.getId(), null),
                PageRequest.first()).totalItems()).isEqualTo(1);
        assertThat(storage.committees().find(new CommitteeCriteria(null, null, null, ProfessionalField.ECONOMY),
                new PageRequest(1, 1)).items()).extracting(FusionCommittee::getId).containsExactly(economy.getId());
        assertThat(storage.committees().find(CommitteeCriteria.childrenOf(promotion.getId()), PageRequest.first())
                .items()).extracting(FusionCommittee::getId).containsExactly(economy.getId(), ximen.getId());
        assertThat(storage.committees().find(CommitteeCriteria.childrenOf(ximen.getId()), PageRequest.first())
                .totalItems()).isZero();
        assertThat(storage.committees().findBySeat(town.getId())).extracting(FusionCommittee::getId)
                .containsExactly(ximen.getId());

        assertThat(storage.committees().find(new CommitteeCriteria(null, null, null, null, null,
                new org.ronghe.domain.shared.NameSearch("西门 片区")), PageRequest.first()).items())
                .extracting(FusionCommittee::getId).containsExactly(ximen.getId());
        assertThat(storage.committees().find(new CommitteeCriteria(CommitteeTier.PROFESSIONAL, null, null, null, null,
                new org.ronghe.domain.shared.NameSearch("委员会")), PageRequest.first()).items())
                .extracting(FusionCommittee::getId).containsExactly(economy.getId());
        var townsScope = new org.ronghe.domain.organization.OrganizationScope(town.getId(), java.util.Set.of(town.getId()));
        assertThat(storage.committees().find(new CommitteeCriteria(null, null, null, null, null, null, townsScope),
                PageRequest.first()).items()).extracting(FusionCommittee::getId).containsExactly(ximen.getId());
        economy.admit(candidate(town), MembershipRole.COOPERATING, PLANNED, null, NOW);
        economy.endMembership(town.getId(), LocalDate.of(2023, 1, 1), NOW);
        storage.committees().update(economy);
        assertThat(storage.committees().find(new CommitteeCriteria(null, null, null, null, null, null, townsScope),
                PageRequest.first()).items()).as("not where its seat ended").extracting(FusionCommittee::getId)
                .containsExactly(ximen.getId());
    }

    @Test
    void live_children_are_counted_and_a_dissolved_one_is_not() {
        var promotion = promotion();
        assertThat(storage.committees().countLiveChildren(promotion.getId())).isZero();
        var economy = plan(CommitteeTier.PROFESSIONAL, "经济专业委员会", ProfessionalField.ECONOMY, null,
                storage.committees());
        var culture = plan(CommitteeTier.PROFESSIONAL, "文化专业委员会", ProfessionalField.CULTURE, null,
                storage.committees());
        culture.dissolve(ESTABLISHED, 0, NOW);
        storage.committees().update(culture);

        assertThat(storage.transactions().inTransaction(() -> storage.committees().countLiveChildren(promotion.getId())))
                .isEqualTo(1);
        assertThat(storage.committees().countLiveChildren(economy.getId())).isZero();
    }

    @Test
    void a_committee_is_not_stored_under_a_parent_dissolved_meanwhile() {
        var promotion = promotion();
        var registryBeforeTheDissolution = storage.committees().promotionCommittee();
        promotion.dissolve(ESTABLISHED, 0, NOW);
        storage.committees().update(promotion);
        CommitteeRegistry stale = knowingOnlyThePromotionCommittee(registryBeforeTheDissolution);

        assertThatThrownBy(() -> plan(CommitteeTier.PROFESSIONAL, "经济专业委员会", ProfessionalField.ECONOMY, null, stale))
                .isInstanceOf(org.ronghe.domain.committee.CommitteeParentException.class);
    }

    @Test
    void an_area_whose_name_key_another_area_has_is_refused_by_the_store_itself() {
        var twin = Area.define(new AreaId(UUID.randomUUID()), AreaLayout.CORE, BilingualName.of("西门历史文化街区\u200B", null),
                Set.of(town.getId()), org.ronghe.domain.area.AreaNames.none(), NOW).area();

        assertThat(storage.areas().isNameTaken(Area.keyOf(area.name()))).isTrue();
        assertThat(storage.areas().isNameTaken(org.ronghe.domain.shared.Text.key("核心区"))).isFalse();
        assertThatThrownBy(() -> storage.areas().add(twin))
                .isInstanceOf(org.ronghe.domain.area.DuplicateAreaNameException.class);
        assertThat(storage.areas().findAll()).hasSize(1);
    }
}
