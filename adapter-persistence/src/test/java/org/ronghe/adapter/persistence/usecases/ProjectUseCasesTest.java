package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ronghe.application.Ronghe;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.project.port.in.ProjectChange;
import org.ronghe.application.project.port.in.ProjectView;
import org.ronghe.application.project.port.in.ProposeProjectCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.project.CoOrganization;
import org.ronghe.domain.project.Commitment;
import org.ronghe.domain.project.CommitmentStatus;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.FlagBearerException;
import org.ronghe.domain.project.Mechanism;
import org.ronghe.domain.project.ProjectCriteria;
import org.ronghe.domain.project.ProjectLifecycleException;
import org.ronghe.domain.project.ProjectStatus;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.UnknownReferenceException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Domain projects through the use cases, on the in-memory adapter. */
class ProjectUseCasesTest {

    private static final Caller ADMIN = Caller.system("project use cases");
    private static final LocalDate TODAY = LocalDate.of(2023, 4, 4);

    private final OnMemory memory = new OnMemory();
    private final Ronghe ronghe = memory.ronghe;
    private OrganizationView district;
    private OrganizationView transport;
    private OrganizationView market;
    private OrganizationView town;

    private OrganizationView register(String kind, String name, OrganizationView parent) {
        return memory.register(kind, name, parent);
    }

    private Caller operatorOf(OrganizationView organization) {
        return memory.operatorOf(organization);
    }

    @BeforeEach
    void jiading() {
        district = register("DISTRICT_PARTY_COMMITTEE", "区委", null);
        transport = register("DEPARTMENT_PARTY_BODY", "区交通委党组", district);
        market = register("DEPARTMENT_PARTY_BODY", "区市场监管局党委", district);
        town = register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
        ronghe.projects().commands().addDomain(ADMIN, new DomainDefinition(new DomainCode("road"), BilingualName.of("路域", "Road")));
    }

    @AfterEach
    void close() {
        memory.close();
    }

    private ProjectView propose(OrganizationView flagBearer) {
        return ronghe.projects().commands().propose(ADMIN, new ProposeProjectCommand(new DomainCode("road"),
                BilingualName.of("路域党建", null), flagBearer.id(), List.of(new CoOrganization(town.id(), "沿线联动")),
                new Mechanism("党组书记", "路域办主任", List.of()), Set.of(), Set.of(),
                List.of(new Commitment(1, "示范路段", LocalDate.of(2022, 12, 31)),
                        new Commitment(2, "联合执法队", LocalDate.of(2023, 12, 31)))));
    }

    @Test
    void the_road_project_is_signed_started_and_reported_on_by_its_flag_bearer_and_goes_overdue() {
        var project = propose(transport);
        project = ronghe.projects().commands().change(ADMIN, new ProjectChange.Sign(project.id(), 1, LocalDate.of(2022, 2, 15),
                Set.of(district.id(), transport.id())));
        var transportOperator = operatorOf(transport);
        project = ronghe.projects().commands().change(transportOperator, new ProjectChange.Start(project.id(), 2,
                LocalDate.of(2022, 3, 1)));
        project = ronghe.projects().commands().change(transportOperator, new ProjectChange.ReportProgress(project.id(), 3,
                LocalDate.of(2022, 9, 1), 1, CommitmentStatus.IN_PROGRESS, "施工中", null));
        project = ronghe.projects().commands().change(operatorOf(town), new ProjectChange.AddComment(project.id(), 4,
                LocalDate.of(2022, 9, 2), "沿线街镇已配合"));

        assertThat(project.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(project.atRisk()).isTrue();
        assertThat(ronghe.projects().queries().overdueCommitments(TODAY)).singleElement()
                .satisfies(o -> assertThat(o.daysLate()).isEqualTo(94));
        assertThat(ronghe.projects().queries().projects(new ProjectCriteria(null, null, null, TODAY), null,
                PageRequest.first()).totalItems()).isEqualTo(1);
        assertThat(ronghe.projects().queries().responsibilityMap(TODAY)).singleElement()
                .satisfies(d -> assertThat(d.flagBearers().get(0).name()).isEqualTo("区交通委党组"));
        assertThat(ronghe.audit().queries().entries(ADMIN, new AuditCriteria("project", project.id().toString(), null, null,
                null), PageRequest.first()).totalItems()).isEqualTo(5);
    }

    @Test
    void a_non_flag_bearer_operator_cannot_report_progress_and_a_town_cannot_carry_the_flag() {
        var project = propose(transport);
        ronghe.projects().commands().change(ADMIN, new ProjectChange.Sign(project.id(), 1, LocalDate.of(2022, 2, 15),
                Set.of(district.id(), transport.id())));
        ronghe.projects().commands().change(ADMIN, new ProjectChange.Start(project.id(), 2, LocalDate.of(2022, 3, 1)));

        assertThatThrownBy(() -> ronghe.projects().commands().change(operatorOf(market), new ProjectChange.ReportProgress(
                project.id(), 3, LocalDate.of(2022, 9, 1), 1, CommitmentStatus.DONE, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> propose(town)).isInstanceOf(FlagBearerException.class);
        assertThatThrownBy(() -> ronghe.projects().commands().propose(ADMIN, new ProposeProjectCommand(new DomainCode("river"),
                BilingualName.of("河域", null), transport.id(), List.of(), new Mechanism("a", "b", List.of()), Set.of(),
                Set.of(), List.of(new Commitment(1, "x", TODAY))))).isInstanceOf(UnknownReferenceException.class);
    }

    @Test
    void no_start_before_signing_and_nothing_is_stored() {
        var project = propose(transport);

        assertThatThrownBy(() -> ronghe.projects().commands().change(ADMIN, new ProjectChange.Start(project.id(), 1,
                LocalDate.of(2022, 3, 1)))).isInstanceOf(ProjectLifecycleException.class);
        assertThat(ronghe.projects().queries().project(project.id(), null).version()).isEqualTo(1);
    }
}
