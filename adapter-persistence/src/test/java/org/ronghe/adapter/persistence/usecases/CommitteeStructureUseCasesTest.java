package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ronghe.adapter.persistence.usecases.JiadingCommitteeScene.ADMIN;

import java.time.LocalDate;
import java.util.Map;

import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.StructureBranchView;
import org.ronghe.application.committee.port.in.StructureView;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.organization.OrganizationKind;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The leading structure for org charts, as of a day: the promotion committee at the root with the
 * professional and area committees under it, each with its members (the LEAD first, then by role and
 * name), and the committees counted by tier and status.
 */
class CommitteeStructureUseCasesTest {

    private static final Chair CHAIR = new Chair("张三", "区委副书记");

    private final JiadingCommitteeScene scene = new JiadingCommitteeScene();
    private CommitteeView promotion;
    private CommitteeView ximenCommittee;
    private CommitteeView cultureCommittee;

    @BeforeEach
    void jiadingLeadingStructure() {
        var march = LocalDate.of(2022, 3, 1);
        promotion = scene.promotion(march);
        // the Ximen block planned its committee before the district planned the promotion committee
        ximenCommittee = scene.ximenCommittee(LocalDate.of(2022, 1, 15));
        ximenCommittee = scene.admit(ximenCommittee, scene.jiadingTown, MembershipRole.LEAD, LocalDate.of(2022, 4, 1));
        cultureCommittee = scene.plan(CommitteeTier.PROFESSIONAL, "文化专委会", ProfessionalField.CULTURE, null,
                LocalDate.of(2022, 5, 1));
        cultureCommittee = scene.admit(cultureCommittee, scene.culture, MembershipRole.LEAD, LocalDate.of(2022, 5, 1));
        // admitted in no particular order
        promotion = scene.admit(promotion, scene.institute, MembershipRole.PARTICIPATING, march);
        promotion = scene.admit(promotion, scene.jiadingTown, MembershipRole.COOPERATING, march);
        promotion = scene.admit(promotion, scene.transport, MembershipRole.COOPERATING, march);
        promotion = scene.admit(promotion, scene.culture, MembershipRole.COOPERATING, march);
        promotion = scene.admit(promotion, scene.district, MembershipRole.LEAD, march);
        promotion = scene.ronghe.committees().commands().change(ADMIN, new CommitteeChange.AppointChair(promotion.id(),
                promotion.version(), CHAIR, march));
        promotion = scene.ronghe.committees().commands().change(ADMIN, new CommitteeChange.Establish(promotion.id(),
                promotion.version(), LocalDate.of(2022, 9, 1)));
        scene.ronghe.committees().commands().change(ADMIN, new CommitteeChange.Dissolve(cultureCommittee.id(),
                cultureCommittee.version(), LocalDate.of(2023, 1, 1)));
    }

    @AfterEach
    void close() {
        scene.close();
    }

    private static Map<CommitteeStatus, Long> counts(long planned, long established, long dissolved) {
        return Map.of(CommitteeStatus.PLANNED, planned, CommitteeStatus.ESTABLISHED, established,
                CommitteeStatus.DISSOLVED, dissolved);
    }

    @Test
    void before_the_promotion_committee_was_planned_the_ximen_committee_stands_alone_at_the_root() {
        var structure = scene.ronghe.committees().queries().structure(LocalDate.of(2022, 2, 1));

        assertThat(structure.asOf()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(structure.roots()).singleElement().satisfies(root -> {
            assertThat(root.id()).isEqualTo(ximenCommittee.id());
            assertThat(root.name()).isEqualTo("西门片区融委会");
            assertThat(root.areaName()).isEqualTo("西门历史文化街区");
            assertThat(root.status()).isEqualTo(CommitteeStatus.PLANNED);
            assertThat(root.members()).as("its LEAD joins in April").isEmpty();
            assertThat(root.children()).isEmpty();
        });
        assertThat(structure.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                CommitteeTier.DISTRICT_PROMOTION, counts(0, 0, 0),
                CommitteeTier.PROFESSIONAL, counts(0, 0, 0),
                CommitteeTier.AREA, counts(1, 0, 0)));
    }

    @Test
    void in_june_2022_the_planned_promotion_committee_leads_the_area_and_the_professional_committee() {
        var structure = scene.ronghe.committees().queries().structure(LocalDate.of(2022, 6, 1));

        assertThat(structure.roots()).singleElement().satisfies(root -> {
            assertThat(root.id()).isEqualTo(promotion.id());
            assertThat(root.tier()).isEqualTo(CommitteeTier.DISTRICT_PROMOTION);
            assertThat(root.name()).isEqualTo("嘉定新城融合型党建推进委员会");
            assertThat(root.nameEn()).isEqualTo("Jiading New City promotion committee");
            assertThat(root.areaName()).isNull();
            assertThat(root.field()).isNull();
            assertThat(root.status()).isEqualTo(CommitteeStatus.PLANNED);
            assertThat(root.chair()).isEqualTo(CHAIR);
            assertThat(root.members()).extracting(StructureView.Member::name, StructureView.Member::kind,
                    StructureView.Member::role).containsExactly(
                            tuple("中共上海市嘉定区委员会", OrganizationKind.DISTRICT_PARTY_COMMITTEE, MembershipRole.LEAD),
                            tuple("区交通委党组", OrganizationKind.DEPARTMENT_PARTY_BODY, MembershipRole.COOPERATING),
                            tuple("区文化旅游局党委", OrganizationKind.DEPARTMENT_PARTY_BODY, MembershipRole.COOPERATING),
                            tuple("嘉定镇街道党工委", OrganizationKind.TOWN_PARTY_COMMITTEE, MembershipRole.COOPERATING),
                            tuple("上海某研究院", OrganizationKind.REGIONAL_UNIT, MembershipRole.PARTICIPATING));
            assertThat(root.members().get(0).id()).isEqualTo(scene.district.id());
            assertThat(root.children()).extracting(StructureView.Node::name, StructureView.Node::field,
                    StructureView.Node::areaName).containsExactlyInAnyOrder(
                            tuple("西门片区融委会", null, "西门历史文化街区"),
                            tuple("文化专委会", ProfessionalField.CULTURE, null));
            assertThat(root.children()).allSatisfy(child -> {
                assertThat(child.members()).singleElement().extracting(StructureView.Member::role)
                        .isEqualTo(MembershipRole.LEAD);
                assertThat(child.children()).isEmpty();
            });
        });
        assertThat(structure.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                CommitteeTier.DISTRICT_PROMOTION, counts(1, 0, 0),
                CommitteeTier.PROFESSIONAL, counts(1, 0, 0),
                CommitteeTier.AREA, counts(1, 0, 0)));
    }

    @Test
    void today_the_promotion_committee_is_established_and_the_dissolved_culture_committee_sits_empty_under_it() {
        var structure = scene.ronghe.committees().queries().structure(null);

        assertThat(structure.asOf()).isEqualTo(LocalDate.of(2023, 4, 4));
        assertThat(structure.roots()).singleElement().satisfies(root -> {
            assertThat(root.status()).isEqualTo(CommitteeStatus.ESTABLISHED);
            assertThat(root.members()).hasSize(5);
            assertThat(root.children()).filteredOn(child -> child.tier() == CommitteeTier.PROFESSIONAL)
                    .singleElement().satisfies(culture -> {
                        assertThat(culture.status()).isEqualTo(CommitteeStatus.DISSOLVED);
                        assertThat(culture.members()).isEmpty();
                    });
        });
        assertThat(structure.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                CommitteeTier.DISTRICT_PROMOTION, counts(0, 1, 0),
                CommitteeTier.PROFESSIONAL, counts(0, 0, 1),
                CommitteeTier.AREA, counts(1, 0, 0)));
    }

    @Test
    void the_seats_of_the_jiading_town_as_of_a_day_come_by_tier_with_their_roles() {
        var seats = scene.ronghe.committees().queries().seatsOf(scene.jiadingTown.id(), LocalDate.of(2022, 6, 1));

        assertThat(seats).extracting(s -> s.committeeName(), s -> s.tier(), s -> s.role(), s -> s.since())
                .containsExactly(
                        tuple("嘉定新城融合型党建推进委员会", CommitteeTier.DISTRICT_PROMOTION, MembershipRole.COOPERATING,
                                LocalDate.of(2022, 3, 1)),
                        tuple("西门片区融委会", CommitteeTier.AREA, MembershipRole.LEAD, LocalDate.of(2022, 4, 1)));
        assertThat(scene.ronghe.committees().queries().seatsOf(scene.jiadingTown.id(), LocalDate.of(2022, 3, 15)))
                .singleElement().satisfies(seat -> assertThat(seat.committeeId()).isEqualTo(promotion.id()));
    }

    @Test
    void one_committees_branch_shows_it_with_its_members_and_a_page_of_the_committees_directly_under_it() {
        var branch = scene.ronghe.committees().queries().structureBranch(promotion.id(), LocalDate.of(2022, 6, 1),
                PageRequest.first());

        assertThat(branch.asOf()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(branch.above()).as("the root").isEmpty();
        assertThat(branch.committee().id()).isEqualTo(promotion.id());
        assertThat(branch.committee().members()).extracting(StructureView.Member::name, StructureView.Member::role)
                .startsWith(tuple(scene.district.name(), MembershipRole.LEAD)).hasSize(5);
        assertThat(branch.committee().children()).as("the page lists them").isEmpty();
        assertThat(branch.childCount()).isEqualTo(2);
        assertThat(branch.children().totalItems()).isEqualTo(2);
        assertThat(branch.children().items()).as("professional before area, as listings order them")
                .extracting(child -> child.committee().name()).containsExactly("文化专委会", "西门片区融委会");
        assertThat(branch.children().items().get(0).committee().members()).extracting(StructureView.Member::name)
                .containsExactly(scene.culture.name());
        assertThat(branch.children().items()).allSatisfy(child -> assertThat(child.childCount()).isZero());
        assertThat(branch.counts()).as("the promotion committee and the two under it, all planned then")
                .containsEntry(CommitteeTier.DISTRICT_PROMOTION, counts(1, 0, 0))
                .containsEntry(CommitteeTier.PROFESSIONAL, counts(1, 0, 0))
                .containsEntry(CommitteeTier.AREA, counts(1, 0, 0));
    }

    @Test
    void a_branch_names_the_committees_above_it_and_counts_only_those_planned_by_the_day_under_it() {
        var culture = scene.ronghe.committees().queries().structureBranch(cultureCommittee.id(),
                LocalDate.of(2022, 6, 1), PageRequest.first());
        assertThat(culture.above()).extracting(StructureBranchView.Ancestor::id, StructureBranchView.Ancestor::tier,
                StructureBranchView.Ancestor::name)
                .containsExactly(tuple(promotion.id(), CommitteeTier.DISTRICT_PROMOTION, "嘉定新城融合型党建推进委员会"));
        assertThat(culture.childCount()).isZero();
        assertThat(culture.children().items()).isEmpty();

        var beforeTheCultureCommittee = scene.ronghe.committees().queries().structureBranch(promotion.id(),
                LocalDate.of(2022, 4, 1), PageRequest.first());
        assertThat(beforeTheCultureCommittee.childCount()).isEqualTo(1);
        assertThat(beforeTheCultureCommittee.children().items()).extracting(child -> child.committee().name())
                .containsExactly("西门片区融委会");
    }

    @Test
    void the_committees_under_a_branch_come_a_page_at_a_time_in_the_listings_order() {
        var july = LocalDate.of(2022, 7, 1);

        var first = scene.ronghe.committees().queries().structureBranch(promotion.id(), july, new PageRequest(1, 1));
        var second = scene.ronghe.committees().queries().structureBranch(promotion.id(), july, new PageRequest(2, 1));
        var beyond = scene.ronghe.committees().queries().structureBranch(promotion.id(), july, new PageRequest(3, 1));

        assertThat(first.childCount()).isEqualTo(2);
        assertThat(first.children().totalItems()).isEqualTo(2);
        assertThat(first.children().items()).extracting(child -> child.committee().name()).containsExactly("文化专委会");
        assertThat(second.children().page()).isEqualTo(2);
        assertThat(second.children().items()).extracting(child -> child.committee().name())
                .containsExactly("西门片区融委会");
        assertThat(beyond.children().items()).isEmpty();
        assertThat(beyond.children().totalItems()).isEqualTo(2);
    }

    @Test
    void there_is_no_branch_of_an_unknown_committee_nor_of_one_not_yet_planned_that_day() {
        var queries = scene.ronghe.committees().queries();
        assertThatThrownBy(() -> queries.structureBranch(new CommitteeId(java.util.UUID.randomUUID()), null,
                PageRequest.first())).isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> queries.structureBranch(cultureCommittee.id(), LocalDate.of(2022, 4, 30),
                PageRequest.first())).isInstanceOf(AggregateNotFoundException.class);
    }
}
