package org.ronghe.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ronghe.domain.organization.OrganizationKind.DEPARTMENT_PARTY_BODY;
import static org.ronghe.domain.organization.OrganizationKind.DISTRICT_PARTY_COMMITTEE;
import static org.ronghe.domain.organization.OrganizationKind.TOWN_PARTY_COMMITTEE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.Condition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.DomainException;
import org.ronghe.domain.shared.InvalidValueException;

/**
 * The road project (路域党建) of the transport commission party group, from its proposal to its closure: the events
 * each step announces, and the steps refused, which leave the project as it was.
 */
@DisplayName("A domain project's lifecycle: its events, its refusals (rule 6)")
class DomainProjectLifecycleTest {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private static final LocalDate SIGNED = LocalDate.of(2022, 2, 15);
    private static final LocalDate FIRST_DUE = LocalDate.of(2022, 12, 31);
    private static final LocalDate SECOND_DUE = LocalDate.of(2023, 3, 31);

    private final Signatory district = new Signatory(id(), DISTRICT_PARTY_COMMITTEE);
    private final Signatory transport = new Signatory(id(), DEPARTMENT_PARTY_BODY);
    private final OrganizationId nanxiangTown = id();
    private final OrganizationId maluTown = id();
    private final AreaId huilongtan = new AreaId(UUID.randomUUID());
    private final CommitteeId cityCommittee = new CommitteeId(UUID.randomUUID());
    private final ProjectId roadId = new ProjectId(UUID.randomUUID());
    private final Mechanism mechanism = new Mechanism("区交通委党组书记", "路域党建办公室主任", List.of("汇龙潭示范路段党建联盟"));
    private final List<Commitment> twoCommitments = List.of(new Commitment(1, "建成汇龙潭示范路域党建共同体", FIRST_DUE),
            new Commitment(2, "组建联合执法队", SECOND_DUE));

    private final DomainProject.Proposal proposal = propose(district, transport,
            List.of(new CoOrganization(nanxiangTown, "沿线街镇联动")), twoCommitments);
    private final DomainProject road = proposal.project();

    /** The stable code by which adapters report a refusal. */
    private static Condition<Throwable> code(String code) {
        return new Condition<>(e -> e instanceof DomainException refusal && refusal.code().equals(code), "code " + code);
    }

    private static OrganizationId id() {
        return new OrganizationId(UUID.randomUUID());
    }

    private DomainProject.Proposal propose(Signatory principal, Signatory flagBearer, List<CoOrganization> co,
            List<Commitment> commitments) {
        return DomainProject.propose(roadId, new DomainCode("road"), BilingualName.of("路域党建", "Road domain"),
                new DomainProject.Parties(principal, flagBearer), co, mechanism, Set.of(huilongtan), Set.of(cityCommittee),
                commitments, NOW);
    }

    private Set<OrganizationId> bothParties() {
        return Set.of(district.organization(), transport.organization());
    }

    private void signAndStart() {
        road.sign(bothParties(), SIGNED, NOW);
        road.start(SIGNED, NOW);
    }

    private void report(int commitment, CommitmentStatus status, LocalDate on) {
        road.reportProgress(commitment, status, null, null, on, transport.organization(), NOW);
    }

    @Nested
    @DisplayName("proposing: the draft agreement and who takes part")
    class Proposing {

        @Test
        void a_proposal_announces_the_domain_its_flag_bearer_its_principal_and_how_many_commitments_it_promises() {
            assertThat(proposal.event()).isEqualTo(new ProjectProposed(roadId, new DomainCode("road"), "路域党建",
                    transport.organization(), district.organization(), 2, NOW));
            assertThat(road.getId()).isEqualTo(roadId);
            assertThat(road.domain()).isEqualTo(new DomainCode("road"));
            assertThat(road.title()).isEqualTo(BilingualName.of("路域党建", "Road domain"));
            assertThat(road.flagBearer()).isEqualTo(transport.organization());
            assertThat(road.principal()).isEqualTo(district.organization());
            assertThat(road.commitments()).isEqualTo(twoCommitments);
            assertThat(road.status()).isEqualTo(ProjectStatus.PROPOSED);
            assertThat(road.signedOn()).isNull();
            assertThat(road.version()).isZero();
        }

        @Test
        void the_project_keeps_its_co_organizations_areas_and_committees() {
            assertThat(road.coOrganizations()).containsExactly(new CoOrganization(nanxiangTown, "沿线街镇联动"));
            assertThat(road.isCoOrganization(nanxiangTown)).isTrue();
            assertThat(road.isCoOrganization(transport.organization())).as("the flag-bearer").isFalse();
            assertThat(road.isCoOrganization(maluTown)).isFalse();
            assertThat(road.state().areas()).containsExactly(huilongtan);
            assertThat(road.state().committees()).containsExactly(cityCommittee);
            assertThat(road.state().mechanism()).isEqualTo(mechanism);
        }

        @Test
        void a_project_may_be_proposed_without_co_organizations() {
            var alone = propose(district, transport, null, twoCommitments).project();

            assertThat(alone.coOrganizations()).isEmpty();
        }

        @Test
        void a_town_cannot_carry_the_flag_and_the_refusal_names_its_kind() {
            assertThatThrownBy(() -> propose(district, new Signatory(id(), TOWN_PARTY_COMMITTEE), List.of(),
                    twoCommitments)).isInstanceOf(FlagBearerException.class)
                    .hasMessage("the flag-bearer is a department party body, not a TOWN_PARTY_COMMITTEE")
                    .has(code("flag-bearer-rule"));
        }

        @Test
        void the_principal_of_every_agreement_is_the_district_party_committee() {
            assertThatThrownBy(() -> propose(new Signatory(id(), TOWN_PARTY_COMMITTEE), transport, List.of(),
                    twoCommitments)).isInstanceOf(FlagBearerException.class)
                    .hasMessage("the principal of every agreement is the district party committee");
        }

        @Test
        void commitments_are_numbered_one_two_three_in_order_without_gaps() {
            assertThatThrownBy(() -> propose(district, transport, List.of(), List.of(
                    new Commitment(1, "建成示范路段", FIRST_DUE), new Commitment(3, "组建联合执法队", SECOND_DUE))))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("numbered 1, 2, 3");
            assertThatThrownBy(() -> propose(district, transport, List.of(), List.of(
                    new Commitment(2, "组建联合执法队", SECOND_DUE)))).isInstanceOf(InvalidValueException.class);
        }

        @Test
        void an_organization_takes_part_once_and_the_flag_bearer_is_not_its_own_co_organization() {
            assertThatThrownBy(() -> propose(district, transport, List.of(new CoOrganization(nanxiangTown, "沿线街镇联动"),
                    new CoOrganization(nanxiangTown, "再次列入")), twoCommitments))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("takes part once");
            assertThatThrownBy(() -> propose(district, transport, List.of(new CoOrganization(transport.organization(),
                    "自我协同")), twoCommitments)).isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("not its own co-organization");
        }

        @Test
        void the_mechanism_names_positions_trimmed_and_may_name_no_implementers() {
            var trimmed = new Mechanism(" 区交通委党组书记 ", "路域党建办公室主任", List.of(" 汇龙潭示范路段党建联盟 ", "沿线商户联盟"));

            assertThat(trimmed.commander()).isEqualTo("区交通委党组书记");
            assertThat(trimmed.implementers()).containsExactly("汇龙潭示范路段党建联盟", "沿线商户联盟");
            assertThat(new Mechanism("书记", "主任", null).implementers()).isEmpty();
            assertThatThrownBy(() -> new Mechanism("书记", "主任", List.of(" "))).isInstanceOf(InvalidValueException.class);
        }
    }

    @Nested
    @DisplayName("rule 6: signing and starting")
    class SigningAndStarting {

        @Test
        void the_principal_and_the_flag_bearer_sign_and_the_agreement_is_signed_on_that_day() {
            var signed = road.sign(bothParties(), SIGNED, NOW);

            assertThat(signed).isEqualTo(new AgreementSigned(roadId, SIGNED, NOW));
            assertThat(road.signedOn()).isEqualTo(SIGNED);
        }

        @Test
        void a_refused_signature_is_a_signatories_rule_violation_and_leaves_the_project_proposed() {
            var before = road.state();

            assertThatThrownBy(() -> road.sign(Set.of(district.organization(), nanxiangTown), SIGNED, NOW))
                    .isInstanceOf(SignatoriesException.class).has(code("signatories-rule"));
            assertThat(road.state()).isEqualTo(before);
        }

        @Test
        void a_signed_agreement_is_not_signed_again_and_keeps_its_signing_day() {
            road.sign(bothParties(), SIGNED, NOW);
            var before = road.state();

            assertThatThrownBy(() -> road.sign(bothParties(), SIGNED.plusDays(10), NOW))
                    .isInstanceOf(ProjectLifecycleException.class)
                    .hasMessage("only a proposed project is signed; this one is SIGNED")
                    .has(code("project-lifecycle"));
            assertThat(road.signedOn()).isEqualTo(SIGNED);
            assertThat(road.state()).isEqualTo(before);
        }

        @Test
        void the_flag_bearer_starts_the_project_on_its_signing_day_at_the_earliest() {
            road.sign(bothParties(), SIGNED, NOW);

            assertThatThrownBy(() -> road.start(SIGNED.minusDays(1), NOW)).isInstanceOf(ProjectLifecycleException.class)
                    .hasMessageContaining("(2022-02-15)");
            assertThat(road.status()).isEqualTo(ProjectStatus.SIGNED);
            assertThat(road.start(SIGNED, NOW)).isEqualTo(new ProjectStarted(roadId, SIGNED, NOW));
            assertThat(road.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        }
    }

    @Nested
    @DisplayName("progress on the commitments")
    class Progress {

        @Test
        void progress_is_reported_only_once_the_project_has_started() {
            road.sign(bothParties(), SIGNED, NOW);

            assertThatThrownBy(() -> report(1, CommitmentStatus.IN_PROGRESS, LocalDate.of(2022, 3, 1)))
                    .isInstanceOf(ProjectLifecycleException.class).hasMessageContaining("this one is SIGNED");
            assertThat(road.state().progress()).isEmpty();
        }

        @Test
        void a_report_announces_which_commitment_reached_which_status_on_which_day_by_whom() {
            signAndStart();

            var reported = road.reportProgress(2, CommitmentStatus.IN_PROGRESS, "联合执法队组建中", "https://example.org/2",
                    LocalDate.of(2022, 9, 1), transport.organization(), NOW);

            assertThat(reported).isEqualTo(new ProgressReported(roadId, 2, CommitmentStatus.IN_PROGRESS,
                    LocalDate.of(2022, 9, 1), transport.organization(), NOW));
            assertThat(road.state().progress()).containsExactly(new ProgressUpdate(2, CommitmentStatus.IN_PROGRESS,
                    "联合执法队组建中", "https://example.org/2", LocalDate.of(2022, 9, 1), transport.organization()));
            assertThat(road.statusOf(2)).isEqualTo(CommitmentStatus.IN_PROGRESS);
            assertThat(road.statusOf(1)).isEqualTo(CommitmentStatus.NOT_STARTED);
        }

        @Test
        void reports_name_a_commitment_from_the_first_to_the_last_of_the_agreement() {
            signAndStart();

            assertThatThrownBy(() -> report(0, CommitmentStatus.DONE, LocalDate.of(2022, 9, 1)))
                    .isInstanceOf(UnknownCommitmentException.class);
            assertThatThrownBy(() -> report(3, CommitmentStatus.DONE, LocalDate.of(2022, 9, 1)))
                    .isInstanceOf(UnknownCommitmentException.class).hasMessage("the agreement has commitments 1 to 2")
                    .has(code("unknown-commitment"));
            assertThat(road.state().progress()).isEmpty();
            report(2, CommitmentStatus.DONE, LocalDate.of(2022, 9, 1));
            assertThat(road.statusOf(2)).isEqualTo(CommitmentStatus.DONE);
        }

        @Test
        void the_earliest_open_due_day_is_that_of_the_first_commitment_not_done() {
            signAndStart();
            assertThat(road.earliestOpenDueOn()).isEqualTo(FIRST_DUE);

            report(1, CommitmentStatus.DONE, LocalDate.of(2022, 12, 1));

            assertThat(road.earliestOpenDueOn()).isEqualTo(SECOND_DUE);
            assertThat(road.isAtRiskOn(SECOND_DUE)).isFalse();
            assertThat(road.isAtRiskOn(SECOND_DUE.plusDays(1))).isTrue();
        }
    }

    @Nested
    @DisplayName("completion: only once every commitment is done")
    class Completion {

        @Test
        void a_project_is_completed_only_once_every_commitment_is_done() {
            signAndStart();
            report(1, CommitmentStatus.DONE, LocalDate.of(2022, 12, 1));
            var before = road.state();

            assertThatThrownBy(() -> road.complete(LocalDate.of(2023, 1, 1), NOW))
                    .isInstanceOf(OpenCommitmentsException.class).hasMessage("1 commitment(s) are not done yet")
                    .has(code("open-commitments"));
            assertThat(road.state()).isEqualTo(before);

            report(2, CommitmentStatus.DONE, LocalDate.of(2023, 3, 1));
            assertThat(road.complete(LocalDate.of(2023, 3, 2), NOW))
                    .isEqualTo(new ProjectCompleted(roadId, LocalDate.of(2023, 3, 2), NOW));
            assertThat(road.status()).isEqualTo(ProjectStatus.COMPLETED);
            assertThat(road.earliestOpenDueOn()).isNull();
        }

        @Test
        void a_completed_project_is_not_completed_again() {
            signAndStart();
            report(1, CommitmentStatus.DONE, LocalDate.of(2022, 12, 1));
            report(2, CommitmentStatus.DONE, LocalDate.of(2023, 3, 1));
            road.complete(LocalDate.of(2023, 3, 2), NOW);

            assertThatThrownBy(() -> road.complete(LocalDate.of(2023, 4, 1), NOW))
                    .isInstanceOf(ProjectLifecycleException.class)
                    .hasMessage("only a project in progress is completed; this one is COMPLETED");
        }
    }

    @Nested
    @DisplayName("suspension, resumption, cancellation and comments")
    class Interruptions {

        @Test
        void a_project_in_progress_is_suspended_with_its_reason_and_resumes_in_progress() {
            signAndStart();

            assertThat(road.suspend("道路改建暂停", LocalDate.of(2022, 7, 1), NOW)).isEqualTo(new ProjectSuspended(roadId,
                    ProjectStatus.IN_PROGRESS, "道路改建暂停", LocalDate.of(2022, 7, 1), NOW));
            assertThat(road.state().statusReason()).isEqualTo("道路改建暂停");
            assertThat(road.resume(LocalDate.of(2022, 8, 1), NOW)).isEqualTo(new ProjectResumed(roadId,
                    ProjectStatus.IN_PROGRESS, LocalDate.of(2022, 8, 1), NOW));
            assertThat(road.state().statusReason()).isNull();
        }

        @Test
        void a_signed_project_suspended_before_its_start_resumes_signed() {
            road.sign(bothParties(), SIGNED, NOW);

            road.suspend("等待施工许可", LocalDate.of(2022, 3, 1), NOW);

            assertThat(road.resume(LocalDate.of(2022, 4, 1), NOW)).isEqualTo(new ProjectResumed(roadId,
                    ProjectStatus.SIGNED, LocalDate.of(2022, 4, 1), NOW));
            assertThat(road.status()).isEqualTo(ProjectStatus.SIGNED);
        }

        @Test
        void a_proposed_project_is_neither_suspended_nor_resumed() {
            var before = road.state();

            assertThatThrownBy(() -> road.suspend("暂缓", LocalDate.of(2022, 3, 1), NOW))
                    .isInstanceOf(ProjectLifecycleException.class).hasMessageContaining("this one is PROPOSED");
            assertThatThrownBy(() -> road.resume(LocalDate.of(2022, 3, 1), NOW))
                    .isInstanceOf(ProjectLifecycleException.class);
            assertThat(road.state()).isEqualTo(before);
        }

        @Test
        void a_cancellation_records_where_the_project_stood_and_why_and_happens_once() {
            signAndStart();
            road.suspend("道路改建暂停", LocalDate.of(2022, 7, 1), NOW);

            assertThat(road.cancel("并入网格项目", LocalDate.of(2022, 9, 1), NOW)).isEqualTo(new ProjectCancelled(roadId,
                    ProjectStatus.SUSPENDED, "并入网格项目", LocalDate.of(2022, 9, 1), NOW));
            var cancelled = road.state();
            assertThat(cancelled.suspendedFrom()).isNull();
            assertThatThrownBy(() -> road.cancel("再次取消", LocalDate.of(2022, 9, 2), NOW))
                    .isInstanceOf(ProjectLifecycleException.class).hasMessage("a CANCELLED project is not cancelled");
            assertThat(road.state()).isEqualTo(cancelled);
        }

        @Test
        void a_co_organization_comments_and_its_remark_is_kept() {
            var added = road.comment(nanxiangTown, "建议增加沿线停车点", LocalDate.of(2022, 3, 1), NOW);

            assertThat(added).isEqualTo(new CommentAdded(roadId, nanxiangTown, LocalDate.of(2022, 3, 1), NOW));
            assertThat(road.state().comments())
                    .containsExactly(new Comment(nanxiangTown, "建议增加沿线停车点", LocalDate.of(2022, 3, 1)));
        }

        @Test
        void a_cancelled_project_takes_no_more_comments() {
            road.cancel("并入网格项目", LocalDate.of(2022, 3, 1), NOW);

            assertThatThrownBy(() -> road.comment(nanxiangTown, "还能评论吗", LocalDate.of(2022, 3, 2), NOW))
                    .isInstanceOf(ProjectLifecycleException.class)
                    .hasMessage("a cancelled project takes no more comments");
            assertThat(road.state().comments()).isEmpty();
        }
    }

    @Nested
    @DisplayName("storing and restoring")
    class Storing {

        @Test
        void a_restored_project_is_the_project_that_was_stored() {
            signAndStart();
            report(1, CommitmentStatus.DONE, LocalDate.of(2022, 12, 1));
            road.comment(nanxiangTown, "示范路段效果良好", LocalDate.of(2022, 12, 2), NOW);
            road.suspend("道路改建暂停", LocalDate.of(2023, 1, 5), NOW);

            var restored = DomainProject.restore(road.state());

            assertThat(restored.state()).isEqualTo(road.state());
            assertThat(restored.resume(LocalDate.of(2023, 2, 1), NOW).to()).isEqualTo(ProjectStatus.IN_PROGRESS);
        }

        @Test
        void a_stored_version_only_grows() {
            road.markStored(1);

            assertThat(road.version()).isEqualTo(1);
            assertThatThrownBy(() -> road.markStored(1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> road.markStored(0)).isInstanceOf(IllegalArgumentException.class);
            road.markStored(2);
            assertThat(road.state().version()).isEqualTo(2);
        }
    }
}
