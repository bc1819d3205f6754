package org.ronghe.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.InvalidValueException;

@DisplayName("Domain projects under responsibility agreements (rule 6)")
class DomainProjectScenariosTest {

    private static final Instant NOW = Instant.parse("2023-04-04T02:00:00Z");
    private static final LocalDate SIGNED = LocalDate.of(2022, 2, 15);

    private final Signatory district = new Signatory(id(), OrganizationKind.DISTRICT_PARTY_COMMITTEE);
    private final Signatory transport = new Signatory(id(), OrganizationKind.DEPARTMENT_PARTY_BODY);
    private final OrganizationId townCo = id();

    private static OrganizationId id() {
        return new OrganizationId(UUID.randomUUID());
    }

    private DomainProject roadProject(Signatory flagBearer) {
        return DomainProject.propose(new ProjectId(UUID.randomUUID()), new DomainCode("road"),
                BilingualName.of("路域党建", "Road domain"), new DomainProject.Parties(district, flagBearer),
                List.of(new CoOrganization(townCo, "沿线街镇联动")),
                new Mechanism("区交通委党组书记", "路域党建办公室主任", List.of("汇龙潭示范路段党建联盟")), Set.of(), Set.of(),
                List.of(new Commitment(1, "建成汇龙潭示范路域党建共同体", LocalDate.of(2022, 12, 31)),
                        new Commitment(2, "组建联合执法队", LocalDate.of(2023, 3, 31))), NOW).project();
    }

    private final DomainProject road = roadProject(transport);

    @Test
    void the_transport_commission_carries_the_road_flag_and_the_district_signs_with_it() {
        road.sign(Set.of(district.organization(), transport.organization()), SIGNED, NOW);

        assertThat(road.status()).isEqualTo(ProjectStatus.SIGNED);
        assertThat(road.signedOn()).isEqualTo(SIGNED);
    }

    @Test
    void a_town_cannot_be_a_flag_bearer() {
        assertThatThrownBy(() -> roadProject(new Signatory(id(), OrganizationKind.TOWN_PARTY_COMMITTEE)))
                .isInstanceOf(FlagBearerException.class);
    }

    @Test
    void an_agreement_is_signed_by_exactly_the_principal_and_the_flag_bearer() {
        assertThatThrownBy(() -> road.sign(Set.of(transport.organization()), SIGNED, NOW))
                .isInstanceOf(SignatoriesException.class);
        assertThatThrownBy(() -> road.sign(Set.of(district.organization(), transport.organization(), townCo), SIGNED,
                NOW)).isInstanceOf(SignatoriesException.class);
        assertThat(road.status()).isEqualTo(ProjectStatus.PROPOSED);
    }

    @Test
    void no_start_before_signing() {
        assertThatThrownBy(() -> road.start(SIGNED, NOW)).isInstanceOf(ProjectLifecycleException.class);
        road.sign(Set.of(district.organization(), transport.organization()), SIGNED, NOW);
        assertThatThrownBy(() -> road.start(SIGNED.minusDays(1), NOW)).isInstanceOf(ProjectLifecycleException.class);
        road.start(SIGNED, NOW);
        assertThat(road.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
    }

    @Test
    void completed_only_when_every_commitment_is_done() {
        road.sign(Set.of(district.organization(), transport.organization()), SIGNED, NOW);
        road.start(SIGNED, NOW);
        road.reportProgress(1, CommitmentStatus.DONE, "示范路段建成", "https://example.org/1", LocalDate.of(2022, 12, 1),
                transport.organization(), NOW);

        assertThatThrownBy(() -> road.complete(LocalDate.of(2023, 1, 1), NOW)).isInstanceOf(OpenCommitmentsException.class);
        road.reportProgress(2, CommitmentStatus.DONE, null, null, LocalDate.of(2023, 3, 1), transport.organization(), NOW);
        road.complete(LocalDate.of(2023, 3, 2), NOW);
        assertThat(road.status()).isEqualTo(ProjectStatus.COMPLETED);
    }

    @Test
    void progress_is_reported_on_a_day_the_structure_can_be_about_and_a_refused_report_changes_nothing() {
        road.sign(Set.of(district.organization(), transport.organization()), SIGNED, NOW);
        road.start(SIGNED, NOW);

        assertThatThrownBy(() -> road.reportProgress(1, CommitmentStatus.DONE, null, null, LocalDate.of(0, 1, 1),
                transport.organization(), NOW)).isInstanceOf(org.ronghe.domain.shared.InvalidValueException.class)
                .hasMessageContaining("on:");
        assertThatThrownBy(() -> road.reportProgress(1, CommitmentStatus.DONE, null, null, LocalDate.MAX,
                transport.organization(), NOW)).isInstanceOf(org.ronghe.domain.shared.InvalidValueException.class);
        assertThat(road.state().progress()).isEmpty();
    }

    @Test
    void a_commitment_past_due_and_not_done_is_overdue_and_puts_the_project_at_risk() {
        road.sign(Set.of(district.organization(), transport.organization()), SIGNED, NOW);
        road.start(SIGNED, NOW);
        road.reportProgress(1, CommitmentStatus.IN_PROGRESS, null, null, LocalDate.of(2022, 6, 1),
                transport.organization(), NOW);

        assertThat(road.isAtRiskOn(LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(road.isAtRiskOn(LocalDate.of(2023, 1, 1))).isTrue();
        assertThat(road.overdueOn(LocalDate.of(2023, 1, 1))).extracting(Commitment::number).containsExactly(1);
        assertThat(road.earliestOpenDueOn()).isEqualTo(LocalDate.of(2022, 12, 31));
        road.reportProgress(1, CommitmentStatus.DONE, null, null, LocalDate.of(2023, 1, 5), transport.organization(), NOW);
        assertThat(road.isAtRiskOn(LocalDate.of(2023, 1, 6))).isFalse();
    }

    @Test
    void progress_is_append_only_and_the_latest_report_counts() {
        road.sign(Set.of(district.organization(), transport.organization()), SIGNED, NOW);
        road.start(SIGNED, NOW);
        road.reportProgress(2, CommitmentStatus.DONE, null, null, LocalDate.of(2022, 5, 1), transport.organization(), NOW);
        road.reportProgress(2, CommitmentStatus.IN_PROGRESS, "返工", null, LocalDate.of(2022, 6, 1),
                transport.organization(), NOW);

        assertThat(road.statusOf(2)).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(road.state().progress()).hasSize(2);
        assertThatThrownBy(() -> road.reportProgress(3, CommitmentStatus.DONE, null, null, LocalDate.of(2022, 6, 1),
                transport.organization(), NOW)).isInstanceOf(UnknownCommitmentException.class);
    }

    @Test
    void a_suspended_project_resumes_where_it_was_and_a_cancelled_one_stays_cancelled() {
        road.sign(Set.of(district.organization(), transport.organization()), SIGNED, NOW);
        road.start(SIGNED, NOW);
        road.suspend("道路改建暂停", LocalDate.of(2022, 7, 1), NOW);
        assertThat(road.isAtRiskOn(LocalDate.of(2024, 1, 1))).isFalse();
        assertThatThrownBy(() -> road.suspend("again", LocalDate.of(2022, 7, 2), NOW))
                .isInstanceOf(ProjectLifecycleException.class);
        road.resume(LocalDate.of(2022, 8, 1), NOW);
        assertThat(road.status()).isEqualTo(ProjectStatus.IN_PROGRESS);

        assertThatThrownBy(() -> road.cancel(" ", LocalDate.of(2022, 9, 1), NOW)).isInstanceOf(InvalidValueException.class);
        road.cancel("并入网格项目", LocalDate.of(2022, 9, 1), NOW);
        assertThatThrownBy(() -> road.resume(LocalDate.of(2022, 9, 2), NOW)).isInstanceOf(ProjectLifecycleException.class);
    }

    @Test
    void commitments_are_numbered_in_order_and_at_least_one_is_promised() {
        assertThatThrownBy(() -> DomainProject.propose(new ProjectId(UUID.randomUUID()), new DomainCode("river"),
                BilingualName.of("河域党建", null), new DomainProject.Parties(district, transport), List.of(),
                new Mechanism("书记", "主任", List.of()), Set.of(), Set.of(), List.of(), NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new DomainCode("Road Domain")).isInstanceOf(InvalidValueException.class);
    }
}
