package org.ronghe.domain.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ronghe.domain.committee.MembershipRole.*;
import static org.ronghe.domain.organization.OrganizationKind.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.area.Area;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.area.AreaNames;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationStatus;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.InvalidValueException;

@DisplayName("Fusion committees of Jiading New City")
class FusionCommitteeScenariosTest {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private static final LocalDate PLANNED = LocalDate.of(2022, 3, 1);
    private static final LocalDate ESTABLISHED = LocalDate.of(2022, 9, 1);

    private static Candidate candidate(OrganizationKind kind) {
        return new Candidate(new OrganizationId(UUID.randomUUID()), kind, OrganizationStatus.ACTIVE);
    }

    /** A registry of the committees planned so far in a scenario. */
    private static final class Registry implements CommitteeRegistry {
        CommitteeId promotion;
        final Set<ProfessionalField> fields = new HashSet<>();
        final Set<AreaId> areas = new HashSet<>();

        @Override
        public Optional<CommitteeId> promotionCommittee() {
            return Optional.ofNullable(promotion);
        }

        @Override
        public boolean coversField(ProfessionalField field) {
            return fields.contains(field);
        }

        @Override
        public boolean coversArea(AreaId area) {
            return areas.contains(area);
        }

        FusionCommittee plan(CommitteeTier tier, String name, ProfessionalField field, AreaId area) {
            var committee = FusionCommittee.plan(new CommitteeId(UUID.randomUUID()), tier, BilingualName.of(name, null),
                    field, area, this, PLANNED, NOW).committee();
            switch (tier) {
                case DISTRICT_PROMOTION -> promotion = committee.getId();
                case PROFESSIONAL -> fields.add(field);
                case AREA -> areas.add(area);
            }
            return committee;
        }
    }

    private final Registry registry = new Registry();
    private final Candidate jiadingTown = candidate(TOWN_PARTY_COMMITTEE);
    private final Candidate nanxiang = candidate(TOWN_PARTY_COMMITTEE);
    private final Area ximen = Area.define(new AreaId(UUID.randomUUID()), AreaLayout.AREA,
            BilingualName.of("西门历史文化街区", "Ximen historic-cultural block"), Set.of(jiadingTown.organization()),
            org.ronghe.domain.area.AreaNames.none(), NOW)
            .area();
    private final FusionCommittee promotion = registry.plan(CommitteeTier.DISTRICT_PROMOTION, "嘉定新城融合型党建推进委员会",
            null, null);

    @Test
    void two_areas_of_the_layout_never_bear_the_same_name_not_even_with_invisible_characters_between() {
        AreaNames taken = key -> key.equals(Area.keyOf(ximen.name()));

        assertThatThrownBy(() -> Area.define(new AreaId(UUID.randomUUID()), AreaLayout.AREA,
                BilingualName.of("西门历史文化街区\u200B", null), Set.of(jiadingTown.organization()), taken, NOW))
                .isInstanceOf(org.ronghe.domain.area.DuplicateAreaNameException.class);
    }

    @Nested
    @DisplayName("rule 1: one promotion committee, the others under it")
    class OnePromotionCommittee {

        @Test
        void a_second_promotion_committee_is_refused() {
            assertThatThrownBy(() -> registry.plan(CommitteeTier.DISTRICT_PROMOTION, "第二个推进委员会", null, null))
                    .isInstanceOf(SecondPromotionCommitteeException.class);
        }

        @Test
        void professional_and_area_committees_hang_under_the_promotion_committee() {
            var economy = registry.plan(CommitteeTier.PROFESSIONAL, "经济专业委员会", ProfessionalField.ECONOMY, null);
            var area = registry.plan(CommitteeTier.AREA, "西门片区融委会", null, ximen.getId());

            assertThat(promotion.parent()).isNull();
            assertThat(economy.parent()).isEqualTo(promotion.getId());
            assertThat(area.parent()).isEqualTo(promotion.getId());
        }

        @Test
        void the_promotion_committee_is_not_dissolved_while_committees_hang_under_it() {
            assertThatThrownBy(() -> promotion.dissolve(LocalDate.of(2024, 1, 1), 2, NOW))
                    .isInstanceOf(LiveChildCommitteesException.class).hasMessageContaining("2 planned or established");
            assertThat(promotion.status()).isNotEqualTo(CommitteeStatus.DISSOLVED);
            assertThat(promotion.standsFor()).as("it still stands for the promotion committee").contains("PROMOTION");
        }

        @Test
        void once_nothing_hangs_under_it_the_promotion_committee_is_dissolved_and_makes_room_for_another() {
            var event = promotion.dissolve(LocalDate.of(2024, 1, 1), 0, NOW);

            assertThat(event).isEqualTo(new CommitteeDissolved(promotion.getId(), LocalDate.of(2024, 1, 1), NOW));
            assertThat(promotion.status()).isEqualTo(CommitteeStatus.DISSOLVED);
            assertThat(promotion.standsFor()).isEmpty();
        }

        @Test
        void without_a_promotion_committee_no_other_committee_is_planned() {
            assertThatThrownBy(() -> FusionCommittee.plan(new CommitteeId(UUID.randomUUID()), CommitteeTier.PROFESSIONAL,
                    BilingualName.of("城市专业委员会", null), ProfessionalField.CITY, null, new Registry(), PLANNED, NOW))
                    .isInstanceOf(CommitteeParentException.class);
        }
    }

    @Nested
    @DisplayName("rule 2: one professional committee per field")
    class OnePerField {

        @Test
        void a_second_committee_for_the_culture_field_is_refused() {
            registry.plan(CommitteeTier.PROFESSIONAL, "文化专业委员会", ProfessionalField.CULTURE, null);

            assertThatThrownBy(() -> registry.plan(CommitteeTier.PROFESSIONAL, "又一个文化委员会", ProfessionalField.CULTURE,
                    null)).isInstanceOf(FieldAlreadyCoveredException.class);
        }

        @Test
        void a_professional_committee_names_its_field_and_only_it_does() {
            assertThatThrownBy(() -> registry.plan(CommitteeTier.PROFESSIONAL, "无领域委员会", null, null))
                    .isInstanceOf(InvalidValueException.class);
            assertThatThrownBy(() -> registry.plan(CommitteeTier.AREA, "带领域的片区", ProfessionalField.CITY,
                    ximen.getId())).isInstanceOf(InvalidValueException.class);
        }

        @Test
        void one_area_committee_per_area() {
            registry.plan(CommitteeTier.AREA, "西门片区融委会", null, ximen.getId());

            assertThatThrownBy(() -> registry.plan(CommitteeTier.AREA, "西门第二融委会", null, ximen.getId()))
                    .isInstanceOf(AreaAlreadyCoveredException.class);
        }
    }

    @Nested
    @DisplayName("rule 3: the town leads, departments cooperate, units participate")
    class Roles {

        private final FusionCommittee ximenCommittee = registry.plan(CommitteeTier.AREA, "西门片区融委会", null,
                ximen.getId());

        @Test
        void the_town_of_the_area_leads_and_others_take_their_roles() {
            ximenCommittee.admit(jiadingTown, LEAD, PLANNED, ximen, NOW);
            ximenCommittee.admit(candidate(DEPARTMENT_PARTY_BODY), COOPERATING, PLANNED, ximen, NOW);
            ximenCommittee.admit(candidate(REGIONAL_UNIT), PARTICIPATING, PLANNED, ximen, NOW);

            assertThat(ximenCommittee.currentLead()).map(Membership::organization).contains(jiadingTown.organization());
            assertThat(ximenCommittee.membersOn(PLANNED)).hasSize(3);
        }

        @Test
        void a_town_of_another_area_cannot_lead() {
            assertThatThrownBy(() -> ximenCommittee.admit(nanxiang, LEAD, PLANNED, ximen, NOW))
                    .isInstanceOf(LeadException.class);
        }

        @Test
        void a_department_cannot_lead_an_area_committee_nor_participate() {
            assertThatThrownBy(() -> ximenCommittee.admit(candidate(DEPARTMENT_PARTY_BODY), LEAD, PLANNED, ximen, NOW))
                    .isInstanceOf(LeadException.class);
            assertThatThrownBy(() -> ximenCommittee.admit(candidate(DEPARTMENT_PARTY_BODY), PARTICIPATING, PLANNED,
                    ximen, NOW)).isInstanceOf(MemberRoleNotAllowedException.class);
        }

        @Test
        void a_regional_unit_participates_and_does_not_cooperate() {
            assertThatThrownBy(() -> ximenCommittee.admit(candidate(REGIONAL_UNIT), COOPERATING, PLANNED, ximen, NOW))
                    .isInstanceOf(MemberRoleNotAllowedException.class);
        }

        @Test
        void there_is_only_one_lead() {
            var twoTowns = Area.define(new AreaId(UUID.randomUUID()), AreaLayout.CORE, BilingualName.of("核心区", null),
                    Set.of(jiadingTown.organization(), nanxiang.organization()),
                    org.ronghe.domain.area.AreaNames.none(), NOW).area();
            var core = registry.plan(CommitteeTier.AREA, "核心区融委会", null, twoTowns.getId());
            core.admit(jiadingTown, LEAD, PLANNED, twoTowns, NOW);

            assertThatThrownBy(() -> core.admit(nanxiang, LEAD, PLANNED, twoTowns, NOW)).isInstanceOf(LeadException.class);
            core.admit(nanxiang, COOPERATING, PLANNED, twoTowns, NOW);
            assertThatThrownBy(() -> core.changeRole(nanxiang, LEAD, ESTABLISHED, twoTowns, NOW))
                    .isInstanceOf(LeadException.class);
        }

        @Test
        void the_district_party_committee_leads_the_promotion_committee_and_a_department_a_professional_one() {
            promotion.admit(candidate(DISTRICT_PARTY_COMMITTEE), LEAD, PLANNED, null, NOW);
            var city = registry.plan(CommitteeTier.PROFESSIONAL, "城市专业委员会", ProfessionalField.CITY, null);
            city.admit(candidate(DEPARTMENT_PARTY_BODY), LEAD, PLANNED, null, NOW);

            assertThatThrownBy(() -> promotion.admit(candidate(TOWN_PARTY_COMMITTEE), LEAD, PLANNED, null, NOW))
                    .isInstanceOf(LeadException.class);
        }
    }

    @Nested
    @DisplayName("rule 4: established with a chair and a lead; dissolved takes no members")
    class Lifecycle {

        private final FusionCommittee ximenCommittee = registry.plan(CommitteeTier.AREA, "西门片区融委会", null,
                ximen.getId());

        @Test
        void a_chair_is_appointed_on_a_day_the_structure_can_be_about() {
            assertThatThrownBy(() -> ximenCommittee.appointChair(new Chair("张三", "书记"), LocalDate.of(0, 1, 1), NOW))
                    .isInstanceOf(org.ronghe.domain.shared.InvalidValueException.class)
                    .hasMessageContaining("from 1949-10-01 to 2100-12-31");
            assertThatThrownBy(() -> ximenCommittee.appointChair(new Chair("张三", "书记"), LocalDate.MAX, NOW))
                    .isInstanceOf(org.ronghe.domain.shared.InvalidValueException.class);
            assertThat(ximenCommittee.chair()).isNull();
        }

        @Test
        void without_a_chair_or_a_lead_a_committee_stays_planned() {
            assertThatThrownBy(() -> ximenCommittee.establish(ESTABLISHED, NOW))
                    .isInstanceOf(NotReadyToEstablishException.class).hasMessageContaining("no chair")
                    .hasMessageContaining("no LEAD");
            ximenCommittee.appointChair(new Chair("张三", "嘉定镇街道党工委书记"), PLANNED, NOW);
            assertThatThrownBy(() -> ximenCommittee.establish(ESTABLISHED, NOW))
                    .isInstanceOf(NotReadyToEstablishException.class);
            assertThat(ximenCommittee.status()).isEqualTo(CommitteeStatus.PLANNED);
        }

        @Test
        void with_a_chair_and_a_lead_it_is_established_and_the_event_says_when() {
            ximenCommittee.appointChair(new Chair("张三", "嘉定镇街道党工委书记"), PLANNED, NOW);
            ximenCommittee.admit(jiadingTown, LEAD, PLANNED, ximen, NOW);

            var established = ximenCommittee.establish(ESTABLISHED, NOW);

            assertThat(established.establishedOn()).isEqualTo(ESTABLISHED);
            assertThat(ximenCommittee.status()).isEqualTo(CommitteeStatus.ESTABLISHED);
            assertThatThrownBy(() -> ximenCommittee.establish(ESTABLISHED, NOW))
                    .isInstanceOf(CommitteeLifecycleException.class);
        }

        @Test
        void an_established_committee_keeps_its_lead() {
            ximenCommittee.appointChair(new Chair("张三", "书记"), PLANNED, NOW);
            ximenCommittee.admit(jiadingTown, LEAD, PLANNED, ximen, NOW);
            ximenCommittee.establish(ESTABLISHED, NOW);

            assertThatThrownBy(() -> ximenCommittee.endMembership(jiadingTown.organization(), ESTABLISHED.plusDays(9), NOW))
                    .isInstanceOf(LeadException.class);
        }

        @Test
        void a_dissolved_committee_takes_no_new_members_and_its_memberships_ended_that_day() {
            ximenCommittee.admit(candidate(REGIONAL_UNIT), PARTICIPATING, PLANNED, ximen, NOW);
            LocalDate dissolved = LocalDate.of(2024, 1, 1);
            ximenCommittee.dissolve(dissolved, 0, NOW);

            assertThatThrownBy(() -> ximenCommittee.admit(candidate(REGIONAL_UNIT), PARTICIPATING, dissolved, ximen, NOW))
                    .isInstanceOf(CommitteeDissolvedException.class);
            assertThat(ximenCommittee.memberships()).allSatisfy(m -> assertThat(m.until()).isEqualTo(dissolved));
            assertThat(ximenCommittee.statusOn(dissolved)).isEqualTo(CommitteeStatus.DISSOLVED);
        }

        @Test
        void a_committee_is_not_dissolved_before_a_seat_it_held_began_or_ended_even_a_seat_ended_already() {
            var unit = candidate(REGIONAL_UNIT);
            ximenCommittee.admit(unit, PARTICIPATING, LocalDate.of(2024, 2, 1), ximen, NOW);
            ximenCommittee.endMembership(unit.organization(), LocalDate.of(2024, 3, 1), NOW);
            var other = candidate(REGIONAL_UNIT);
            ximenCommittee.admit(other, PARTICIPATING, PLANNED, ximen, NOW);
            ximenCommittee.endMembership(other.organization(), LocalDate.of(2024, 3, 1), NOW);

            assertThatThrownBy(() -> ximenCommittee.dissolve(LocalDate.of(2024, 1, 1), 0, NOW))
                    .isInstanceOf(CommitteeLifecycleException.class).hasMessageContaining("begins on or after");
            assertThatThrownBy(() -> ximenCommittee.dissolve(LocalDate.of(2024, 2, 15), 0, NOW))
                    .isInstanceOf(CommitteeLifecycleException.class).hasMessageContaining("lasts beyond");
            assertThat(ximenCommittee.status()).isEqualTo(CommitteeStatus.PLANNED);
            ximenCommittee.dissolve(LocalDate.of(2024, 3, 1), 0, NOW);
            assertThat(ximenCommittee.membersOn(LocalDate.of(2024, 3, 2))).isEmpty();
        }
    }

    @Nested
    @DisplayName("rule 5: an organization sits at most once; history is kept")
    class OnceAndHistory {

        private final FusionCommittee ximenCommittee = registry.plan(CommitteeTier.AREA, "西门片区融委会", null,
                ximen.getId());
        private final Candidate unit = candidate(REGIONAL_UNIT);

        @Test
        void a_second_seat_for_the_same_organization_is_refused() {
            ximenCommittee.admit(unit, PARTICIPATING, PLANNED, ximen, NOW);

            assertThatThrownBy(() -> ximenCommittee.admit(unit, PARTICIPATING, ESTABLISHED, ximen, NOW))
                    .isInstanceOf(AlreadyMemberException.class);
        }

        @Test
        void after_leaving_an_organization_may_sit_again_and_both_seats_stay_on_record() {
            ximenCommittee.admit(unit, PARTICIPATING, PLANNED, ximen, NOW);
            ximenCommittee.endMembership(unit.organization(), ESTABLISHED, NOW);
            ximenCommittee.admit(unit, PARTICIPATING, ESTABLISHED.plusMonths(3), ximen, NOW);

            assertThat(ximenCommittee.memberships()).hasSize(2);
            assertThat(ximenCommittee.membersOn(ESTABLISHED.plusDays(1))).isEmpty();
            assertThat(ximenCommittee.membersOn(PLANNED)).extracting(Membership::organization)
                    .containsExactly(unit.organization());
        }

        @Test
        void a_role_change_ends_one_membership_and_starts_another_so_both_roles_are_answered_as_of() {
            var department = candidate(DEPARTMENT_PARTY_BODY);
            var twoTowns = Area.define(new AreaId(UUID.randomUUID()), AreaLayout.HUB, BilingualName.of("枢纽", null),
                    Set.of(jiadingTown.organization(), nanxiang.organization()),
                    org.ronghe.domain.area.AreaNames.none(), NOW).area();
            var hub = registry.plan(CommitteeTier.AREA, "枢纽融委会", null, twoTowns.getId());
            hub.admit(nanxiang, COOPERATING, PLANNED, twoTowns, NOW);
            hub.admit(department, COOPERATING, PLANNED, twoTowns, NOW);

            var changed = hub.changeRole(nanxiang, LEAD, ESTABLISHED, twoTowns, NOW);

            assertThat(changed.oldRole()).isEqualTo(COOPERATING);
            assertThat(hub.membersOn(PLANNED)).filteredOn(m -> m.organization().equals(nanxiang.organization()))
                    .extracting(Membership::role).containsExactly(COOPERATING);
            assertThat(hub.membersOn(ESTABLISHED)).filteredOn(m -> m.organization().equals(nanxiang.organization()))
                    .extracting(Membership::role).containsExactly(LEAD);
        }

        @Test
        void as_of_a_day_before_establishment_the_committee_was_planned() {
            ximenCommittee.appointChair(new Chair("张三", "书记"), PLANNED, NOW);
            ximenCommittee.admit(jiadingTown, LEAD, PLANNED, ximen, NOW);
            ximenCommittee.establish(ESTABLISHED, NOW);

            assertThat(ximenCommittee.statusOn(ESTABLISHED.minusDays(1))).isEqualTo(CommitteeStatus.PLANNED);
            assertThat(ximenCommittee.statusOn(ESTABLISHED)).isEqualTo(CommitteeStatus.ESTABLISHED);
            assertThat(ximenCommittee.statusOn(PLANNED.minusDays(1))).isNull();
        }

        @Test
        void a_retired_organization_takes_no_seat() {
            var retired = new Candidate(new OrganizationId(UUID.randomUUID()), REGIONAL_UNIT, OrganizationStatus.RETIRED);

            assertThatThrownBy(() -> ximenCommittee.admit(retired, PARTICIPATING, PLANNED, ximen, NOW))
                    .isInstanceOf(RetiredMemberException.class);
        }
    }

    @Test
    void rules_are_versioned_per_kind() {
        promotion.adoptRules(RulesKind.WORK_RULES, "推进委员会工作规则", PLANNED, "https://example.org/rules/1", NOW);
        var second = promotion.adoptRules(RulesKind.WORK_RULES, "推进委员会工作规则（修订）", ESTABLISHED, null, NOW);
        var procedure = promotion.adoptRules(RulesKind.PROCEDURE_RULES, "推进委员会议事规则", PLANNED, null, NOW);

        assertThat(second.version()).isEqualTo(2);
        assertThat(procedure.version()).isEqualTo(1);
        assertThat(promotion.rules()).hasSize(3);
    }

    @Test
    void a_chair_is_a_name_and_a_position_only() {
        assertThatThrownBy(() -> new Chair(" ", "书记")).isInstanceOf(InvalidValueException.class);
        assertThat(Chair.class.getRecordComponents()).extracting(c -> c.getName()).containsExactly("name", "position");
    }
}
