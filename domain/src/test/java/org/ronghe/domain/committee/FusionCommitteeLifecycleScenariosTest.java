package org.ronghe.domain.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ronghe.domain.committee.CommitteeFixtures.*;
import static org.ronghe.domain.committee.CommitteeTier.*;
import static org.ronghe.domain.committee.MembershipRole.*;
import static org.ronghe.domain.organization.OrganizationKind.*;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.area.Area;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationStatus;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.InvalidValueException;

@DisplayName("Fusion committees: the events of their life, and what they refuse")
class FusionCommitteeLifecycleScenariosTest {

    private static final LocalDate DISSOLVED = LocalDate.of(2024, 1, 1);

    private final Registry registry = new Registry();
    private final Candidate jiadingTown = candidate(TOWN_PARTY_COMMITTEE);
    private final Candidate nanxiang = candidate(TOWN_PARTY_COMMITTEE);
    private final Candidate autoCity = candidate(REGIONAL_UNIT);
    private final Area ximen = area("西门历史文化街区", jiadingTown);
    private final Area yuanxiang = area("远香文化源", nanxiang);
    private final Chair chair = new Chair("张三", "嘉定镇街道党工委书记");
    private final FusionCommittee promotion = registry.plan(DISTRICT_PROMOTION, "嘉定新城融合型党建推进委员会", null, null);
    private final FusionCommittee ximenCommittee = registry.plan(AREA, "西门片区融委会", null, ximen.getId());

    private void establishXimenLedByJiadingTown() {
        ximenCommittee.appointChair(chair, PLANNED, NOW);
        ximenCommittee.admit(jiadingTown, LEAD, PLANNED, ximen, NOW);
        ximenCommittee.establish(ESTABLISHED, NOW);
    }

    @Nested
    @DisplayName("each change returns the event that records it")
    class Events {

        @Test
        void planning_records_tier_name_field_parent_and_day() {
            var id = new CommitteeId(UUID.randomUUID());
            var name = BilingualName.of("经济专业委员会", "Economy professional committee");

            var planning = FusionCommittee.plan(id, PROFESSIONAL, name, ProfessionalField.ECONOMY, null, registry,
                    PLANNED, NOW);

            assertThat(planning.event()).isEqualTo(new CommitteePlanned(id, PROFESSIONAL, name,
                    ProfessionalField.ECONOMY, null, promotion.getId(), PLANNED, NOW));
            var economy = planning.committee();
            assertThat(economy.getId()).isEqualTo(id);
            assertThat(economy.tier()).isEqualTo(PROFESSIONAL);
            assertThat(economy.name()).isEqualTo(name);
            assertThat(economy.field()).isEqualTo(ProfessionalField.ECONOMY);
            assertThat(economy.area()).isNull();
            assertThat(economy.parent()).isEqualTo(promotion.getId());
            assertThat(economy.plannedOn()).isEqualTo(PLANNED);
            assertThat(economy.status()).isEqualTo(CommitteeStatus.PLANNED);
            assertThat(economy.chair()).isNull();
            assertThat(economy.memberships()).isEmpty();
            assertThat(economy.rules()).isEmpty();
            assertThat(economy.version()).isZero();
        }

        @Test
        void an_area_committee_names_its_area_and_no_field() {
            assertThat(ximenCommittee.area()).isEqualTo(ximen.getId());
            assertThat(ximenCommittee.field()).isNull();
        }

        @Test
        void the_first_chair_is_appointed_in_place_of_none_and_a_successor_in_place_of_the_first() {
            var first = ximenCommittee.appointChair(chair, PLANNED, NOW);
            var successor = new Chair("李四", "嘉定镇街道党工委书记");
            var second = ximenCommittee.appointChair(successor, ESTABLISHED, NOW);

            assertThat(first).isEqualTo(new ChairAppointed(ximenCommittee.getId(), null, chair, PLANNED, NOW));
            assertThat(second).isEqualTo(new ChairAppointed(ximenCommittee.getId(), chair, successor, ESTABLISHED, NOW));
            assertThat(ximenCommittee.chair()).isEqualTo(successor);
        }

        @Test
        void a_seat_taken_is_recorded_with_its_role_and_day() {
            var joined = ximenCommittee.admit(jiadingTown, LEAD, PLANNED, ximen, NOW);

            assertThat(joined).isEqualTo(new MemberJoined(ximenCommittee.getId(), jiadingTown.organization(), LEAD,
                    PLANNED, NOW));
            assertThat(ximenCommittee.memberships())
                    .containsExactly(new Membership(jiadingTown.organization(), LEAD, PLANNED, null));
        }

        @Test
        void a_role_change_records_the_old_and_the_new_role() {
            ximenCommittee.admit(jiadingTown, COOPERATING, PLANNED, ximen, NOW);

            var changed = ximenCommittee.changeRole(jiadingTown, LEAD, ESTABLISHED, ximen, NOW);

            assertThat(changed).isEqualTo(new MemberRoleChanged(ximenCommittee.getId(), jiadingTown.organization(),
                    COOPERATING, LEAD, ESTABLISHED, NOW));
            assertThat(ximenCommittee.memberships()).containsExactly(
                    new Membership(jiadingTown.organization(), COOPERATING, PLANNED, ESTABLISHED),
                    new Membership(jiadingTown.organization(), LEAD, ESTABLISHED, null));
        }

        @Test
        void a_seat_given_up_is_recorded_with_its_role_and_last_day_and_stays_in_the_history() {
            ximenCommittee.admit(autoCity, PARTICIPATING, PLANNED, ximen, NOW);

            var left = ximenCommittee.endMembership(autoCity.organization(), ESTABLISHED, NOW);

            assertThat(left).isEqualTo(new MemberLeft(ximenCommittee.getId(), autoCity.organization(), PARTICIPATING,
                    ESTABLISHED, NOW));
            assertThat(ximenCommittee.memberships())
                    .containsExactly(new Membership(autoCity.organization(), PARTICIPATING, PLANNED, ESTABLISHED));
        }

        @Test
        void establishing_records_the_day() {
            ximenCommittee.appointChair(chair, PLANNED, NOW);
            ximenCommittee.admit(jiadingTown, LEAD, PLANNED, ximen, NOW);

            var established = ximenCommittee.establish(ESTABLISHED, NOW);

            assertThat(established).isEqualTo(new CommitteeEstablished(ximenCommittee.getId(), ESTABLISHED, NOW));
            assertThat(ximenCommittee.establishedOn()).isEqualTo(ESTABLISHED);
        }

        @Test
        void adopting_rules_records_their_kind_title_and_version() {
            var adopted = ximenCommittee.adoptRules(RulesKind.WORK_RULES, "西门片区融委会工作规则", PLANNED,
                    "https://example.org/ximen/rules", NOW);

            assertThat(adopted).isEqualTo(new RulesAdopted(ximenCommittee.getId(), RulesKind.WORK_RULES,
                    "西门片区融委会工作规则", 1, PLANNED, NOW));
            assertThat(ximenCommittee.rules()).containsExactly(new RulesDocument(RulesKind.WORK_RULES,
                    "西门片区融委会工作规则", 1, PLANNED, "https://example.org/ximen/rules"));
        }

        @Test
        void dissolving_records_the_day() {
            establishXimenLedByJiadingTown();

            var dissolved = ximenCommittee.dissolve(DISSOLVED, 0, NOW);

            assertThat(dissolved).isEqualTo(new CommitteeDissolved(ximenCommittee.getId(), DISSOLVED, NOW));
            assertThat(ximenCommittee.dissolvedOn()).isEqualTo(DISSOLVED);
            assertThat(ximenCommittee.establishedOn()).isEqualTo(ESTABLISHED);
        }
    }

    @Nested
    @DisplayName("rule 4: a dissolved committee takes nothing")
    class DissolvedTakesNothing {

        DissolvedTakesNothing() {
            establishXimenLedByJiadingTown();
            ximenCommittee.admit(autoCity, PARTICIPATING, PLANNED, ximen, NOW);
            ximenCommittee.adoptRules(RulesKind.WORK_RULES, "西门片区融委会工作规则", PLANNED, null, NOW);
            ximenCommittee.dissolve(DISSOLVED, 0, NOW);
        }

        private void assertRefusedAsDissolved(ThrowingCallable change) {
            assertThatThrownBy(change).isInstanceOfSatisfying(CommitteeDissolvedException.class, e -> {
                assertThat(e.code()).isEqualTo("committee-dissolved");
                assertThat(e.getMessage()).isEqualTo("committee " + ximenCommittee.getId() + " is dissolved");
            });
        }

        @Test
        void a_dissolved_committee_appoints_no_chair() {
            assertRefusedAsDissolved(() -> ximenCommittee.appointChair(new Chair("李四", "书记"), DISSOLVED.plusDays(1), NOW));

            assertThat(ximenCommittee.chair()).isEqualTo(chair);
        }

        @Test
        void a_dissolved_committee_adopts_no_rules() {
            assertRefusedAsDissolved(() -> ximenCommittee.adoptRules(RulesKind.WORK_RULES, "西门片区融委会工作规则（修订）",
                    DISSOLVED.plusDays(1), null, NOW));

            assertThat(ximenCommittee.rules()).hasSize(1);
        }

        @Test
        void a_dissolved_committee_changes_no_role() {
            assertRefusedAsDissolved(() -> ximenCommittee.changeRole(autoCity, COOPERATING, DISSOLVED.plusDays(1), ximen,
                    NOW));
        }

        @Test
        void a_dissolved_committee_ends_no_membership() {
            assertRefusedAsDissolved(() -> ximenCommittee.endMembership(autoCity.organization(), DISSOLVED.plusDays(1),
                    NOW));
        }

        @Test
        void a_dissolved_committee_takes_no_new_member() {
            assertRefusedAsDissolved(() -> ximenCommittee.admit(candidate(REGIONAL_UNIT), PARTICIPATING,
                    DISSOLVED.plusDays(1), ximen, NOW));
        }

        @Test
        void a_dissolved_committee_is_not_dissolved_a_second_time_and_keeps_its_day() {
            assertRefusedAsDissolved(() -> ximenCommittee.dissolve(DISSOLVED.plusMonths(1), 0, NOW));

            assertThat(ximenCommittee.dissolvedOn()).isEqualTo(DISSOLVED);
            assertThat(ximenCommittee.memberships()).hasSize(2).allSatisfy(m -> assertThat(m.until()).isEqualTo(DISSOLVED));
        }
    }

    @Nested
    @DisplayName("rule 3 holds on a role change as on admission")
    class RoleChanges {

        @Test
        void a_participating_regional_unit_does_not_become_cooperating() {
            ximenCommittee.admit(autoCity, PARTICIPATING, PLANNED, ximen, NOW);

            assertThatThrownBy(() -> ximenCommittee.changeRole(autoCity, COOPERATING, ESTABLISHED, ximen, NOW))
                    .isInstanceOfSatisfying(MemberRoleNotAllowedException.class, e -> {
                        assertThat(e.code()).isEqualTo("member-role-not-allowed");
                        assertThat(e.getMessage()).isEqualTo("a REGIONAL_UNIT does not take part as COOPERATING: "
                                + "district departments and towns cooperate");
                    });
            assertThat(ximenCommittee.memberships())
                    .containsExactly(new Membership(autoCity.organization(), PARTICIPATING, PLANNED, null));
        }

        @Test
        void a_cooperating_town_of_another_area_does_not_become_the_lead() {
            ximenCommittee.admit(nanxiang, COOPERATING, PLANNED, ximen, NOW);

            assertThatThrownBy(() -> ximenCommittee.changeRole(nanxiang, LEAD, ESTABLISHED, ximen, NOW))
                    .isInstanceOfSatisfying(LeadException.class, e -> {
                        assertThat(e.code()).isEqualTo("lead-rule");
                        assertThat(e.getMessage())
                                .isEqualTo("an area committee is led by a town party organization of its own area");
                    });
            assertThat(ximenCommittee.currentLead()).isEmpty();
            assertThat(ximenCommittee.memberships())
                    .containsExactly(new Membership(nanxiang.organization(), COOPERATING, PLANNED, null));
        }

        @Test
        void the_lead_of_a_planned_committee_may_step_back_to_cooperating() {
            ximenCommittee.admit(jiadingTown, LEAD, PLANNED, ximen, NOW);

            var changed = ximenCommittee.changeRole(jiadingTown, COOPERATING, ESTABLISHED, ximen, NOW);

            assertThat(changed).isEqualTo(new MemberRoleChanged(ximenCommittee.getId(), jiadingTown.organization(),
                    LEAD, COOPERATING, ESTABLISHED, NOW));
            assertThat(ximenCommittee.currentLead()).isEmpty();
        }

        @Test
        void the_lead_of_an_established_committee_keeps_its_role() {
            establishXimenLedByJiadingTown();

            assertThatThrownBy(() -> ximenCommittee.changeRole(jiadingTown, COOPERATING, ESTABLISHED.plusMonths(6), ximen, NOW))
                    .isInstanceOf(LeadException.class)
                    .hasMessage("an established committee keeps exactly one LEAD: make another member LEAD first");
            assertThat(ximenCommittee.memberships())
                    .containsExactly(new Membership(jiadingTown.organization(), LEAD, PLANNED, null));
        }

        @Test
        void an_organization_without_a_seat_has_no_role_to_change_nor_seat_to_give_up() {
            String expected = "organization " + autoCity.organization() + " has no seat in this committee";

            assertThatThrownBy(() -> ximenCommittee.changeRole(autoCity, COOPERATING, ESTABLISHED, ximen, NOW))
                    .isInstanceOfSatisfying(NotAMemberException.class, e -> {
                        assertThat(e.code()).isEqualTo("not-a-member");
                        assertThat(e.getMessage()).isEqualTo(expected);
                    });
            assertThatThrownBy(() -> ximenCommittee.endMembership(autoCity.organization(), ESTABLISHED, NOW))
                    .isInstanceOf(NotAMemberException.class).hasMessage(expected);
        }
    }

    @Nested
    @DisplayName("an area committee is checked against its own area")
    class OwnArea {

        @Test
        void a_town_does_not_take_the_lead_by_naming_its_own_area_instead_of_the_committees() {
            assertThatThrownBy(() -> ximenCommittee.admit(nanxiang, LEAD, PLANNED, yuanxiang, NOW))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the rules of an area committee need its own area");
            assertThatThrownBy(() -> ximenCommittee.admit(autoCity, PARTICIPATING, PLANNED, null, NOW))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(ximenCommittee.memberships()).isEmpty();
        }

        @Test
        void a_cooperating_town_does_not_become_the_lead_by_naming_its_own_area() {
            ximenCommittee.admit(nanxiang, COOPERATING, PLANNED, ximen, NOW);

            assertThatThrownBy(() -> ximenCommittee.changeRole(nanxiang, LEAD, ESTABLISHED, yuanxiang, NOW))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the rules of an area committee need its own area");
            assertThat(ximenCommittee.currentLead()).isEmpty();
        }
    }

    @Nested
    @DisplayName("dissolving")
    class Dissolving {

        @Test
        void a_committee_with_one_committee_under_it_is_told_so() {
            assertThatThrownBy(() -> promotion.dissolve(DISSOLVED, 1, NOW))
                    .isInstanceOfSatisfying(LiveChildCommitteesException.class, e -> {
                        assertThat(e.code()).isEqualTo("live-child-committees");
                        assertThat(e.getMessage()).isEqualTo("committee " + promotion.getId()
                                + " has 1 planned or established committee under it: dissolve them first");
                    });
            assertThat(promotion.status()).isEqualTo(CommitteeStatus.PLANNED);
        }

        @Test
        void a_seat_that_begins_on_the_day_of_dissolution_must_end_first() {
            ximenCommittee.admit(autoCity, PARTICIPATING, DISSOLVED, ximen, NOW);

            assertThatThrownBy(() -> ximenCommittee.dissolve(DISSOLVED, 0, NOW))
                    .isInstanceOfSatisfying(CommitteeLifecycleException.class, e -> {
                        assertThat(e.code()).isEqualTo("committee-lifecycle");
                        assertThat(e.getMessage()).isEqualTo("a membership begins on or after 2024-01-01: end it first");
                    });
            assertThat(ximenCommittee.status()).isEqualTo(CommitteeStatus.PLANNED);
            assertThat(ximenCommittee.currentMembership(autoCity.organization())).isPresent();
        }

        @Test
        void a_committee_is_dissolved_at_the_earliest_on_the_day_it_was_established() {
            establishXimenLedByJiadingTown();

            assertThatThrownBy(() -> ximenCommittee.dissolve(ESTABLISHED.minusDays(1), 0, NOW))
                    .isInstanceOf(CommitteeLifecycleException.class);
            assertThat(ximenCommittee.dissolve(ESTABLISHED, 0, NOW))
                    .isEqualTo(new CommitteeDissolved(ximenCommittee.getId(), ESTABLISHED, NOW));
        }
    }

    @Nested
    @DisplayName("what a committee stands for, and the rule a second one breaks")
    class Standing {

        @Test
        void a_second_committee_standing_for_the_same_thing_breaks_the_rule_of_its_tier() {
            var economy = registry.plan(PROFESSIONAL, "经济专业委员会", ProfessionalField.ECONOMY, null);

            assertThat(promotion.standingTaken()).isInstanceOf(SecondPromotionCommitteeException.class)
                    .hasMessage("the new city has its promotion committee already")
                    .extracting(e -> e.code()).isEqualTo("second-promotion-committee");
            assertThat(economy.standingTaken()).isInstanceOf(FieldAlreadyCoveredException.class)
                    .hasMessage("a professional committee for ECONOMY stands already")
                    .extracting(e -> e.code()).isEqualTo("field-already-covered");
            assertThat(ximenCommittee.standingTaken()).isInstanceOf(AreaAlreadyCoveredException.class)
                    .hasMessage("area " + ximen.getId() + " has its fusion committee already")
                    .extracting(e -> e.code()).isEqualTo("area-already-covered");
        }

        @Test
        void an_area_committee_stands_for_its_area_by_id() {
            assertThat(ximenCommittee.standsFor()).contains("AREA:" + ximen.getId().value());
        }
    }

    @Nested
    @DisplayName("what a refused client is told")
    class Refusals {

        @Test
        void an_organization_already_seated_is_named() {
            ximenCommittee.admit(autoCity, PARTICIPATING, PLANNED, ximen, NOW);

            assertThatThrownBy(() -> ximenCommittee.admit(autoCity, PARTICIPATING, ESTABLISHED, ximen, NOW))
                    .isInstanceOfSatisfying(AlreadyMemberException.class, e -> {
                        assertThat(e.code()).isEqualTo("already-member");
                        assertThat(e.getMessage())
                                .isEqualTo("organization " + autoCity.organization() + " sits in this committee already");
                    });
        }

        @Test
        void a_retired_organization_is_named() {
            var retired = new Candidate(new OrganizationId(UUID.randomUUID()), REGIONAL_UNIT, OrganizationStatus.RETIRED);

            assertThatThrownBy(() -> ximenCommittee.admit(retired, PARTICIPATING, PLANNED, ximen, NOW))
                    .isInstanceOfSatisfying(RetiredMemberException.class, e -> {
                        assertThat(e.code()).isEqualTo("retired-member");
                        assertThat(e.getMessage()).isEqualTo("organization " + retired.organization() + " is retired");
                    });
        }

        @Test
        void a_committee_not_ready_to_be_established_is_told_what_it_lacks() {
            assertThatThrownBy(() -> ximenCommittee.establish(ESTABLISHED, NOW))
                    .isInstanceOfSatisfying(NotReadyToEstablishException.class, e -> {
                        assertThat(e.code()).isEqualTo("not-ready-to-establish");
                        assertThat(e.getMessage()).isEqualTo(
                                "a committee is established only with a chair and a LEAD; it has no chair; it has no LEAD");
                    });
        }

        @Test
        void a_committee_planned_before_the_promotion_committee_is_told_to_wait() {
            assertThatThrownBy(() -> FusionCommittee.plan(new CommitteeId(UUID.randomUUID()), PROFESSIONAL,
                    BilingualName.of("城市专业委员会", null), ProfessionalField.CITY, null, new Registry(), PLANNED, NOW))
                    .isInstanceOfSatisfying(CommitteeParentException.class,
                            e -> assertThat(e.code()).isEqualTo("committee-parent"));
        }

        @Test
        void a_second_committee_of_a_kind_is_refused_with_the_code_of_its_rule() {
            registry.plan(PROFESSIONAL, "文化专业委员会", ProfessionalField.CULTURE, null);

            assertThatThrownBy(() -> registry.plan(DISTRICT_PROMOTION, "第二个推进委员会", null, null))
                    .isInstanceOfSatisfying(SecondPromotionCommitteeException.class,
                            e -> assertThat(e.code()).isEqualTo("second-promotion-committee"));
            assertThatThrownBy(() -> registry.plan(PROFESSIONAL, "又一个文化委员会", ProfessionalField.CULTURE, null))
                    .isInstanceOfSatisfying(FieldAlreadyCoveredException.class,
                            e -> assertThat(e.code()).isEqualTo("field-already-covered"));
            assertThatThrownBy(() -> registry.plan(AREA, "西门第二融委会", null, ximen.getId()))
                    .isInstanceOfSatisfying(AreaAlreadyCoveredException.class,
                            e -> assertThat(e.code()).isEqualTo("area-already-covered"));
        }
    }

    @Nested
    @DisplayName("storing")
    class Storing {

        @Test
        void a_committee_restored_from_storage_is_the_one_that_was_stored() {
            var id = new CommitteeId(UUID.randomUUID());
            var name = BilingualName.of("远香文化源融委会", null);
            var seat = new Membership(nanxiang.organization(), LEAD, PLANNED, DISSOLVED);
            var rules = new RulesDocument(RulesKind.PROCEDURE_RULES, "议事规则", 1, PLANNED, null);

            var restored = FusionCommittee.restore(new FusionCommittee.State(id, AREA, name, null, yuanxiang.getId(),
                    promotion.getId(), PLANNED,
                    ESTABLISHED, DISSOLVED, chair, List.of(seat), List.of(rules), 5));

            assertThat(restored.getId()).isEqualTo(id);
            assertThat(restored.tier()).isEqualTo(AREA);
            assertThat(restored.name()).isEqualTo(name);
            assertThat(restored.area()).isEqualTo(yuanxiang.getId());
            assertThat(restored.parent()).isEqualTo(promotion.getId());
            assertThat(restored.plannedOn()).isEqualTo(PLANNED);
            assertThat(restored.establishedOn()).isEqualTo(ESTABLISHED);
            assertThat(restored.dissolvedOn()).isEqualTo(DISSOLVED);
            assertThat(restored.status()).isEqualTo(CommitteeStatus.DISSOLVED);
            assertThat(restored.chair()).isEqualTo(chair);
            assertThat(restored.memberships()).containsExactly(seat);
            assertThat(restored.rules()).containsExactly(rules);
            assertThat(restored.version()).isEqualTo(5);
        }

        @Test
        void an_established_committee_stored_and_restored_again_is_the_one_that_was_stored() {
            establishXimenLedByJiadingTown();
            ximenCommittee.markStored(1);

            var restored = FusionCommittee.restore(ximenCommittee.state());

            assertThat(restored.state()).isEqualTo(ximenCommittee.state());
            assertThat(restored.status()).isEqualTo(CommitteeStatus.ESTABLISHED);
            assertThat(restored.chair()).isEqualTo(chair);
            assertThat(restored.currentLead()).map(Membership::organization).contains(jiadingTown.organization());
            assertThat(restored.version()).isEqualTo(1);
        }

        @Test
        void only_a_repository_advances_the_version_and_only_forwards() {
            ximenCommittee.markStored(1);

            assertThatThrownBy(() -> ximenCommittee.markStored(1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> ximenCommittee.markStored(0)).isInstanceOf(IllegalArgumentException.class);
            assertThat(ximenCommittee.version()).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("committee ids")
    class Ids {

        @Test
        void a_committee_id_is_read_from_its_text_and_written_back_the_same() {
            var id = CommitteeId.parse("committeeId", " 3c9a7b10-2222-4000-8000-000000000003 ");

            assertThat(id).isEqualTo(new CommitteeId(UUID.fromString("3c9a7b10-2222-4000-8000-000000000003")));
            assertThat(id.toString()).isEqualTo("3c9a7b10-2222-4000-8000-000000000003");
        }

        @Test
        void text_that_is_no_committee_id_is_an_invalid_value_of_the_field() {
            assertThatThrownBy(() -> CommitteeId.parse("committeeId", "推进委员会")).isInstanceOf(InvalidValueException.class)
                    .hasMessage("committeeId: is not a valid committee id");
            assertThatThrownBy(() -> CommitteeId.parse("committeeId", null)).isInstanceOf(InvalidValueException.class)
                    .hasMessage("committeeId: is not a valid committee id");
        }
    }
}
