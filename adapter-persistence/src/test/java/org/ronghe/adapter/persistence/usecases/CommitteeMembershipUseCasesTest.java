package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.ronghe.adapter.persistence.usecases.JiadingCommitteeScene.ADMIN;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ronghe.application.committee.port.in.CommitteeChange;
import org.ronghe.application.committee.port.in.CommitteeView;
import org.ronghe.application.committee.port.in.PlanCommitteeCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.audit.AuditEntry;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.committee.Membership;
import org.ronghe.domain.committee.MembershipRole;
import org.ronghe.domain.committee.NotAMemberException;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.committee.RulesDocument;
import org.ronghe.domain.committee.RulesKind;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.StaleVersionException;
import org.ronghe.domain.shared.UnknownReferenceException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The members of the Ximen area committee through the use cases: who changes a role, ends a seat or
 * adopts the rules (an ADMIN, or the operators of the LEAD town for the other members), what each
 * refusal leaves behind (nothing), and the one audit entry each change leaves.
 */
class CommitteeMembershipUseCasesTest {

    private static final LocalDate PLANNED = LocalDate.of(2022, 3, 1);
    private static final LocalDate JUNE = LocalDate.of(2022, 6, 1);

    private final JiadingCommitteeScene scene = new JiadingCommitteeScene();
    private CommitteeView committee;

    @BeforeEach
    void ximenCommitteeWithItsLeadTownAndTwoCooperatingMembers() {
        scene.promotion(LocalDate.of(2022, 1, 1));
        committee = scene.ximenCommittee(PLANNED);
        committee = scene.admit(committee, scene.jiadingTown, MembershipRole.LEAD, PLANNED);
        committee = scene.admit(committee, scene.culture, MembershipRole.COOPERATING, PLANNED);
        committee = scene.admit(committee, scene.xinchengluTown, MembershipRole.COOPERATING, PLANNED);
    }

    @AfterEach
    void close() {
        scene.close();
    }

    private CommitteeView changeRole(Caller caller, OrganizationId member, MembershipRole role, LocalDate on) {
        return scene.ronghe.committees().commands().change(caller, new CommitteeChange.ChangeMemberRole(committee.id(),
                scene.current(committee).version(), member, role, on));
    }

    private CommitteeView end(Caller caller, OrganizationId member, LocalDate until) {
        return scene.ronghe.committees().commands().change(caller, new CommitteeChange.EndMembership(committee.id(),
                scene.current(committee).version(), member, until));
    }

    private CommitteeView adopt(Caller caller, RulesKind kind, String title, LocalDate on) {
        return scene.ronghe.committees().commands().change(caller, new CommitteeChange.AdoptRules(committee.id(),
                scene.current(committee).version(), kind, title, on, "https://example.org/rules"));
    }

    private List<FieldChange> changesOfThe(String eventType) {
        return scene.auditOf(committee).stream().filter(e -> e.eventType().equals(eventType))
                .flatMap(e -> e.changes().stream()).toList();
    }

    private static MembershipRole roleOf(CommitteeView view, OrganizationId organization) {
        return view.members().stream().filter(m -> m.organization().equals(organization)).map(Membership::role)
                .findFirst().orElse(null);
    }

    @Test
    void a_committee_reads_and_lists_with_the_names_of_its_members_beside_their_ids() {
        var names = java.util.Map.of(scene.jiadingTown.id().toString(), "嘉定镇街道党工委",
                scene.culture.id().toString(), "区文化旅游局党委",
                scene.xinchengluTown.id().toString(), "新成路街道党工委");
        var queries = scene.ronghe.committees().queries();

        assertThat(committee.organizationNames()).as("answered by the change").isEqualTo(names);
        assertThat(queries.committee(committee.id(), JUNE).organizationNames()).isEqualTo(names);
        assertThat(queries.committees(new CommitteeCriteria(CommitteeTier.AREA, null, null, null), JUNE,
                PageRequest.first()).items()).singleElement()
                .satisfies(listed -> assertThat(listed.organizationNames()).isEqualTo(names));
    }

    @Test
    void an_admin_hands_the_lead_to_another_town_from_a_day_on_and_the_earlier_seats_stay_in_the_history() {
        changeRole(ADMIN, scene.jiadingTown.id(), MembershipRole.COOPERATING, JUNE);
        var changed = changeRole(ADMIN, scene.xinchengluTown.id(), MembershipRole.LEAD, JUNE);

        assertThat(changed.version()).isEqualTo(committee.version() + 2);
        assertThat(roleOf(changed, scene.jiadingTown.id())).isEqualTo(MembershipRole.COOPERATING);
        assertThat(roleOf(changed, scene.xinchengluTown.id())).isEqualTo(MembershipRole.LEAD);
        assertThat(changed.history()).hasSize(5).contains(new Membership(scene.jiadingTown.id(), MembershipRole.LEAD,
                PLANNED, JUNE));
        var inMay = scene.ronghe.committees().queries().committee(committee.id(), JUNE.minusDays(1));
        assertThat(roleOf(inMay, scene.jiadingTown.id())).isEqualTo(MembershipRole.LEAD);
        assertThat(changesOfThe("MemberRoleChanged")).containsExactlyInAnyOrder(
                new FieldChange("member " + scene.jiadingTown.id(), "LEAD", "COOPERATING since 2022-06-01"),
                new FieldChange("member " + scene.xinchengluTown.id(), "COOPERATING", "LEAD since 2022-06-01"));
    }

    @Test
    void the_lead_towns_operators_neither_give_up_the_lead_nor_hand_it_to_another_member() {
        var townOperator = scene.operatorOf(scene.jiadingTown);
        var cultureOperator = scene.operatorOf(scene.culture);
        int entries = scene.memory.auditEntries();

        assertThatThrownBy(() -> changeRole(townOperator, scene.jiadingTown.id(), MembershipRole.COOPERATING, JUNE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> changeRole(townOperator, scene.xinchengluTown.id(), MembershipRole.LEAD, JUNE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> changeRole(cultureOperator, scene.xinchengluTown.id(), MembershipRole.LEAD, JUNE))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(scene.current(committee).version()).isEqualTo(committee.version());
        assertThat(roleOf(scene.current(committee), scene.jiadingTown.id())).isEqualTo(MembershipRole.LEAD);
        assertThat(scene.memory.auditEntries()).isEqualTo(entries);
    }

    @Test
    void an_organization_without_a_seat_has_no_role_to_change_and_no_seat_to_end() {
        assertThatThrownBy(() -> changeRole(ADMIN, scene.maluTown.id(), MembershipRole.COOPERATING, JUNE))
                .isInstanceOf(NotAMemberException.class);
        assertThatThrownBy(() -> end(ADMIN, scene.maluTown.id(), JUNE)).isInstanceOf(NotAMemberException.class);
        assertThat(scene.current(committee).version()).isEqualTo(committee.version());
    }

    @Test
    void an_unknown_organization_is_not_admitted_and_the_refusal_names_the_organization_field() {
        var unknown = new OrganizationId(UUID.randomUUID());

        assertThatThrownBy(() -> scene.ronghe.committees().commands().change(ADMIN, new CommitteeChange.AdmitMember(committee.id(),
                committee.version(), unknown, MembershipRole.PARTICIPATING, JUNE)))
                .isInstanceOfSatisfying(UnknownReferenceException.class,
                        e -> assertThat(e.field()).isEqualTo("organizationId"));
        assertThat(scene.current(committee).members()).hasSize(3);
    }

    @Test
    void the_lead_towns_operators_end_a_cooperating_seat_but_neither_the_lead_nor_a_cooperating_member_ends_the_lead() {
        var townOperator = scene.operatorOf(scene.jiadingTown);

        var ended = end(townOperator, scene.culture.id(), LocalDate.of(2022, 12, 1));

        assertThat(ended.version()).isEqualTo(committee.version() + 1);
        assertThat(ended.members()).extracting(Membership::organization)
                .containsExactlyInAnyOrder(scene.jiadingTown.id(), scene.xinchengluTown.id());
        assertThat(ended.history()).contains(new Membership(scene.culture.id(), MembershipRole.COOPERATING, PLANNED,
                LocalDate.of(2022, 12, 1)));
        assertThat(changesOfThe("MemberLeft")).containsExactly(new FieldChange("member " + scene.culture.id(),
                "COOPERATING", "left on 2022-12-01"));
        assertThatThrownBy(() -> end(townOperator, scene.jiadingTown.id(), LocalDate.of(2022, 12, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> end(scene.operatorOf(scene.xinchengluTown), scene.jiadingTown.id(),
                LocalDate.of(2022, 12, 1))).isInstanceOf(AccessDeniedException.class);
        assertThat(roleOf(scene.current(committee), scene.jiadingTown.id())).isEqualTo(MembershipRole.LEAD);
    }

    @Test
    void an_admin_ends_even_the_lead_of_a_planned_committee() {
        var ended = end(ADMIN, scene.jiadingTown.id(), JUNE);

        assertThat(ended.members()).extracting(Membership::role).containsOnly(MembershipRole.COOPERATING);
    }

    @Test
    void rules_are_adopted_by_the_lead_towns_operators_or_an_admin_and_numbered_per_kind() {
        adopt(scene.operatorOf(scene.jiadingTown), RulesKind.WORK_RULES, "西门片区融委会工作规则", LocalDate.of(2022, 4, 1));
        adopt(ADMIN, RulesKind.PROCEDURE_RULES, "西门片区融委会议事规则", LocalDate.of(2022, 4, 1));
        var adopted = adopt(ADMIN, RulesKind.WORK_RULES, "西门片区融委会工作规则（修订）", LocalDate.of(2023, 1, 1));

        assertThat(adopted.version()).isEqualTo(committee.version() + 3);
        assertThat(adopted.rules()).extracting(RulesDocument::kind, RulesDocument::version, RulesDocument::title)
                .containsExactly(
                        tuple(RulesKind.WORK_RULES, 1, "西门片区融委会工作规则"),
                        tuple(RulesKind.PROCEDURE_RULES, 1, "西门片区融委会议事规则"),
                        tuple(RulesKind.WORK_RULES, 2, "西门片区融委会工作规则（修订）"));
        assertThat(changesOfThe("RulesAdopted")).contains(new FieldChange("WORK_RULES", null,
                "v2 西门片区融委会工作规则（修订） adopted on 2023-01-01"));
        assertThatThrownBy(() -> adopt(scene.operatorOf(scene.culture), RulesKind.WORK_RULES, "别的规则", JUNE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(scene.current(committee).rules()).hasSize(3);
    }

    @Test
    void only_an_admin_plans_chairs_and_dissolves_committees() {
        var townOperator = scene.operatorOf(scene.jiadingTown);

        assertThatThrownBy(() -> scene.ronghe.committees().commands().plan(townOperator, new PlanCommitteeCommand(
                CommitteeTier.PROFESSIONAL, BilingualName.of("文化专委会", null), ProfessionalField.CULTURE, null, JUNE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scene.ronghe.committees().commands().change(townOperator, new CommitteeChange.AppointChair(
                committee.id(), committee.version(), new Chair("李四", "嘉定镇街道党工委书记"), JUNE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scene.ronghe.committees().commands().change(townOperator, new CommitteeChange.Dissolve(
                committee.id(), committee.version(), LocalDate.of(2023, 1, 1))))
                .isInstanceOf(AccessDeniedException.class);

        var now = scene.current(committee);
        assertThat(now.version()).isEqualTo(committee.version());
        assertThat(now.chair()).isNull();
        assertThat(now.status()).isEqualTo(CommitteeStatus.PLANNED);
        assertThat(scene.ronghe.committees().queries().committees(CommitteeCriteria.all(), null, PageRequest.first())
                .totalItems()).isEqualTo(2);
    }

    @Test
    void an_admin_appoints_a_chair_and_replaces_it_and_the_audit_names_both() {
        var first = scene.ronghe.committees().commands().change(ADMIN, new CommitteeChange.AppointChair(committee.id(),
                committee.version(), new Chair("张三", "嘉定镇街道党工委书记"), PLANNED));
        var second = scene.ronghe.committees().commands().change(ADMIN, new CommitteeChange.AppointChair(committee.id(),
                first.version(), new Chair("李四", "嘉定镇街道党工委书记"), JUNE));

        assertThat(second.chair()).isEqualTo(new Chair("李四", "嘉定镇街道党工委书记"));
        assertThat(changesOfThe("ChairAppointed")).containsExactlyInAnyOrder(
                new FieldChange("chair", null, "张三 (嘉定镇街道党工委书记)"),
                new FieldChange("chair", "张三 (嘉定镇街道党工委书记)", "李四 (嘉定镇街道党工委书记)"));
    }

    @Test
    void planning_for_an_unknown_area_is_refused_naming_the_area_field() {
        assertThatThrownBy(() -> scene.plan(CommitteeTier.AREA, "某片区融委会", null, new AreaId(UUID.randomUUID()),
                JUNE)).isInstanceOfSatisfying(UnknownReferenceException.class,
                        e -> assertThat(e.field()).isEqualTo("areaId"));
    }

    @Test
    void an_unknown_committee_is_neither_found_nor_changed() {
        var unknown = new CommitteeId(UUID.randomUUID());

        assertThatThrownBy(() -> scene.ronghe.committees().queries().committee(unknown, null))
                .isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> scene.ronghe.committees().commands().change(ADMIN,
                new CommitteeChange.Establish(unknown, 1, JUNE))).isInstanceOf(AggregateNotFoundException.class);
    }

    @Test
    void a_stored_area_committee_whose_area_is_missing_is_reported_as_a_damaged_store() {
        // only a damaged store holds it: areas are never removed
        var orphan = new CommitteeId(UUID.randomUUID());
        scene.memory.storage().committees().add(FusionCommittee.restore(new FusionCommittee.State(orphan,
                CommitteeTier.AREA,
                BilingualName.of("无片区融委会", null), null, new AreaId(UUID.randomUUID()), null, PLANNED, null, null,
                null, List.of(), List.of(), 0)));

        assertThatThrownBy(() -> scene.ronghe.committees().commands().change(ADMIN,
                new CommitteeChange.Establish(orphan, 1, JUNE))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("names a missing area");
    }

    @Test
    void a_change_based_on_an_earlier_version_is_refused_and_leaves_no_trace() {
        int entries = scene.memory.auditEntries();

        assertThatThrownBy(() -> scene.ronghe.committees().commands().change(ADMIN, new CommitteeChange.EndMembership(committee.id(),
                committee.version() - 1, scene.culture.id(), JUNE))).isInstanceOf(StaleVersionException.class);

        assertThat(scene.current(committee).members()).hasSize(3);
        assertThat(scene.memory.auditEntries()).isEqualTo(entries);
    }

    @Test
    void establishing_a_committee_with_its_chair_and_lead_leaves_an_audit_entry_with_the_day() {
        var chaired = scene.ronghe.committees().commands().change(ADMIN, new CommitteeChange.AppointChair(
                committee.id(), committee.version(), new Chair("张三", "嘉定镇街道党工委书记"), PLANNED));
        scene.ronghe.committees().commands().change(ADMIN, new CommitteeChange.Establish(committee.id(),
                chaired.version(), PLANNED.plusDays(1)));

        assertThat(changesOfThe("CommitteeEstablished")).containsExactly(new FieldChange("status", "PLANNED",
                "ESTABLISHED"), new FieldChange("establishedOn", null, "2022-03-02"));
    }

    @Test
    void each_change_to_a_committee_leaves_exactly_one_audit_entry_of_its_kind() {
        changeRole(ADMIN, scene.jiadingTown.id(), MembershipRole.COOPERATING, JUNE);
        end(ADMIN, scene.culture.id(), JUNE);
        adopt(ADMIN, RulesKind.WORK_RULES, "工作规则", JUNE);
        var dissolved = scene.ronghe.committees().commands().change(ADMIN, new CommitteeChange.Dissolve(committee.id(),
                scene.current(committee).version(), LocalDate.of(2023, 1, 1)));

        assertThat(dissolved.status()).isEqualTo(CommitteeStatus.DISSOLVED);
        assertThat(scene.auditOf(committee)).extracting(AuditEntry::eventType).containsExactlyInAnyOrder(
                "CommitteePlanned", "MemberJoined", "MemberJoined", "MemberJoined", "MemberRoleChanged", "MemberLeft",
                "RulesAdopted", "CommitteeDissolved");
        assertThat(changesOfThe("CommitteeDissolved")).containsExactly(new FieldChange("status", null, "DISSOLVED"),
                new FieldChange("dissolvedOn", null, "2023-01-01"));
    }
}
