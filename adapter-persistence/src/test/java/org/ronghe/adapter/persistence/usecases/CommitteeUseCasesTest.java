package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.ronghe.adapter.persistence.memory.MemoryStorage;
import org.ronghe.application.Ronghe;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.area.port.in.AreaView;
import org.ronghe.application.area.port.in.DefineAreaCommand;
import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.storage.Storage;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.area.AreaLayout;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.LeadException;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.SecondPromotionCommitteeException;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.InvalidValueException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Areas and fusion committees through the use cases, on the in-memory adapter. */
class CommitteeUseCasesTest {

    private static final Caller ADMIN = Caller.system("committee use cases");
    private static final LocalDate PLANNED = LocalDate.of(2022, 3, 1);
    private static final LocalDate ESTABLISHED = LocalDate.of(2022, 9, 1);

    private final Storage storage = new MemoryStorage();
    private final Ronghe ronghe = Ronghe.on(storage, Clock.fixed(Instant.parse("2023-04-04T02:00:00Z")),
            UUID::randomUUID);
    private OrganizationView district;
    private OrganizationView jiadingTown;
    private OrganizationView culture;
    private AreaView ximen;

    private OrganizationView register(String kind, String name, OrganizationView parent) {
        return ronghe.organizations().commands().register(ADMIN, RegisterOrganizationCommand.parse(kind, name, null,
                parent == null ? null : parent.id().toString(), null));
    }

    @BeforeEach
    void jiading() {
        district = register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);
        jiadingTown = register("TOWN_PARTY_COMMITTEE", "嘉定镇街道党工委", district);
        culture = register("DEPARTMENT_PARTY_BODY", "区文化旅游局党委", district);
        ximen = ronghe.areas().commands().define(ADMIN, new DefineAreaCommand(AreaLayout.AREA,
                BilingualName.of("西门历史文化街区", "Ximen historic-cultural block"), Set.of(jiadingTown.id())));
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private CommitteeView plan(CommitteeTier tier, String name) {
        return ronghe.committees().commands().plan(ADMIN, new PlanCommitteeCommand(tier, BilingualName.of(name, null), null,
                tier == CommitteeTier.AREA ? ximen.id() : null, PLANNED));
    }

    @Test
    void the_ximen_committee_is_planned_staffed_and_established_and_as_of_earlier_it_was_planned() {
        plan(CommitteeTier.DISTRICT_PROMOTION, "嘉定新城融合型党建推进委员会");
        var committee = plan(CommitteeTier.AREA, "西门历史文化街区片区融委会");
        committee = ronghe.committees().commands().change(ADMIN, new CommitteeChange.AppointChair(committee.id(), 1,
                new Chair("张三", "嘉定镇街道党工委书记"), PLANNED));
        committee = ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(committee.id(), 2, jiadingTown.id(),
                MembershipRole.LEAD, PLANNED));
        committee = ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(committee.id(), 3, culture.id(),
                MembershipRole.COOPERATING, PLANNED));
        committee = ronghe.committees().commands().change(ADMIN, new CommitteeChange.Establish(committee.id(), 4,
                ESTABLISHED));

        assertThat(committee.status()).isEqualTo(CommitteeStatus.ESTABLISHED);
        assertThat(ronghe.committees().queries().committee(committee.id(), ESTABLISHED.minusDays(1)).status())
                .isEqualTo(CommitteeStatus.PLANNED);
        assertThat(ronghe.committees().queries().seatsOf(culture.id(), null)).singleElement()
                .satisfies(seat -> assertThat(seat.role()).isEqualTo(MembershipRole.COOPERATING));
        assertThat(ronghe.committees().queries().committees(new CommitteeCriteria(CommitteeTier.AREA, null, null, null),
                null, PageRequest.first()).totalItems()).isEqualTo(1);
        assertThat(ronghe.audit().queries().entries(ADMIN, new AuditCriteria("committee", committee.id().toString(),
                null, null, null), PageRequest.first()).totalItems()).isEqualTo(5);
    }

    @Test
    void rules_break_as_typed_exceptions_and_nothing_is_stored() {
        plan(CommitteeTier.DISTRICT_PROMOTION, "推进委员会");
        var committee = plan(CommitteeTier.AREA, "西门片区融委会");

        assertThatThrownBy(() -> plan(CommitteeTier.DISTRICT_PROMOTION, "第二推进委员会"))
                .isInstanceOf(SecondPromotionCommitteeException.class);
        assertThatThrownBy(() -> ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(committee.id(), 1,
                culture.id(), MembershipRole.LEAD, PLANNED))).isInstanceOf(LeadException.class);
        assertThat(ronghe.committees().queries().committee(committee.id(), null).version()).isEqualTo(1);
        assertThatThrownBy(() -> ronghe.areas().commands().define(ADMIN, new DefineAreaCommand(AreaLayout.HUB,
                BilingualName.of("枢纽", null), Set.of(culture.id())))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void the_promotion_committee_stays_while_committees_hang_under_it_so_no_second_one_can_be_planned() {
        var promotion = plan(CommitteeTier.DISTRICT_PROMOTION, "推进委员会");
        var ximen = plan(CommitteeTier.AREA, "西门片区融委会");

        assertThatThrownBy(() -> ronghe.committees().commands().change(ADMIN, new org.ronghe.application.committee.port.in.CommitteeChange.Dissolve(promotion.id(), 1, LocalDate.of(2024, 1, 1))))
                .isInstanceOf(org.ronghe.domain.committee.LiveChildCommitteesException.class);
        assertThatThrownBy(() -> plan(CommitteeTier.DISTRICT_PROMOTION, "第二推进委员会"))
                .isInstanceOf(SecondPromotionCommitteeException.class);
        ronghe.committees().commands().change(ADMIN, new org.ronghe.application.committee.port.in.CommitteeChange.Dissolve(
                ximen.id(), 1, LocalDate.of(2024, 1, 1)));
        var dissolved = ronghe.committees().commands().change(ADMIN, new org.ronghe.application.committee.port.in.CommitteeChange.Dissolve(promotion.id(), 1, LocalDate.of(2024, 1, 1)));

        assertThat(dissolved.version()).as("the refused dissolution wrote nothing").isEqualTo(2);
    }

    @Test
    void the_lead_towns_operators_manage_cooperating_members_but_not_the_lead_nor_the_establishment() {
        plan(CommitteeTier.DISTRICT_PROMOTION, "推进委员会");
        var committee = plan(CommitteeTier.AREA, "西门片区融委会");
        ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(committee.id(), 1, jiadingTown.id(),
                MembershipRole.LEAD, PLANNED));
        var issued = ronghe.access().commands().issue(ADMIN, new IssueTokenCommand(jiadingTown.id(), Role.OPERATOR, "镇"));
        var auth = ronghe.access().queries().authenticate(issued.secret());
        var townOperator = new Caller(auth.actor(), auth.token(), "req-1");

        var admitted = ronghe.committees().commands().change(townOperator, new CommitteeChange.AdmitMember(committee.id(), 2, culture.id(),
                MembershipRole.COOPERATING, PLANNED));

        assertThat(admitted.members()).hasSize(2);
        assertThatThrownBy(() -> ronghe.committees().commands().change(townOperator,
                new CommitteeChange.Establish(committee.id(), 3, ESTABLISHED))).isInstanceOf(AccessDeniedException.class);
        var unit = register("REGIONAL_UNIT", "上海某研究院", district);
        var other = ronghe.access().commands().issue(ADMIN, new IssueTokenCommand(district.id(), Role.OPERATOR, "区"));
        var otherAuth = ronghe.access().queries().authenticate(other.secret());
        assertThatThrownBy(() -> ronghe.committees().commands().change(new Caller(otherAuth.actor(), otherAuth.token(), "req-2"),
                new CommitteeChange.AdmitMember(committee.id(), 3, unit.id(), MembershipRole.PARTICIPATING, PLANNED)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
