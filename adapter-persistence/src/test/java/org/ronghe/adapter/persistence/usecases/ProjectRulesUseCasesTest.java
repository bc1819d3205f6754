package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ronghe.adapter.persistence.usecases.DomainProjectScene.ADMIN;
import static org.ronghe.adapter.persistence.usecases.DomainProjectScene.RIVER;
import static org.ronghe.adapter.persistence.usecases.DomainProjectScene.ROAD;
import static org.ronghe.adapter.persistence.usecases.DomainProjectScene.due;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ronghe.application.Ronghe;
import org.ronghe.application.organization.port.in.OrganizationChange;
import org.ronghe.application.project.port.in.ProjectChange;
import org.ronghe.application.project.port.in.ProposeProjectCommand;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.project.CoOrganization;
import org.ronghe.domain.project.Comment;
import org.ronghe.domain.project.CommitmentStatus;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.Mechanism;
import org.ronghe.domain.project.ProgressUpdate;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.project.ProjectStatus;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.FieldViolation;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.UnknownReferenceException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who moves a domain project through its life, what each request must name, and the trace each step leaves. */
class ProjectRulesUseCasesTest {

    private static final LocalDate DAY = LocalDate.of(2022, 9, 1);

    private final DomainProjectScene scene = new DomainProjectScene();
    private final Ronghe ronghe = scene.ronghe;

    @AfterEach
    void close() {
        scene.close();
    }

    private static void refusedNaming(ThrowingCallable request, String... fields) {
        assertThatThrownBy(request).isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(
                e.violations()).extracting(FieldViolation::field).containsExactly(fields));
    }

    private ProjectStatus statusOf(ProjectId id) {
        return ronghe.projects().queries().project(id, null).status();
    }

    // --- what each request names ---

    @Test
    void a_proposal_names_its_domain_title_flag_bearer_and_mechanism_every_missing_one_at_once() {
        refusedNaming(() -> new ProposeProjectCommand(null, null, null, null, null, null, null, null), "domain", "title",
                "flagBearerId", "mechanism");
        var bare = new ProposeProjectCommand(ROAD, BilingualName.of("路域党建", null), scene.transport.id(), null,
                new Mechanism("书记", "主任", List.of()), null, null, null);
        assertThat(bare.coOrganizations()).isEmpty();
        assertThat(bare.areas()).isEmpty();
        assertThat(bare.committees()).isEmpty();
        assertThat(bare.commitments()).isEmpty();
    }

    @Test
    void a_proposal_keeps_the_areas_and_committees_it_links_to() {
        var area = new AreaId(UUID.randomUUID());
        var committee = new CommitteeId(UUID.randomUUID());

        var proposed = ronghe.projects().commands().propose(ADMIN, new ProposeProjectCommand(ROAD, BilingualName.of("路域党建",
                null), scene.transport.id(), List.of(), new Mechanism("书记", "主任", List.of()), Set.of(area),
                Set.of(committee), List.of(due(1, "示范路段", LocalDate.of(2023, 12, 31)))));

        assertThat(proposed.areas()).containsExactly(area);
        assertThat(proposed.committees()).containsExactly(committee);
    }

    @Test
    void every_change_to_a_project_names_the_project_a_stored_version_and_the_day_every_missing_one_at_once() {
        var id = new ProjectId(UUID.randomUUID());
        refusedNaming(() -> new ProjectChange.Start(null, 0, null), "id", "expectedVersion", "on");
        refusedNaming(() -> new ProjectChange.Sign(id, 0, DAY, Set.of()), "expectedVersion");
        refusedNaming(() -> new ProjectChange.ReportProgress(id, 0, DAY, 1, CommitmentStatus.DONE, null, null),
                "expectedVersion");
        refusedNaming(() -> new ProjectChange.ReportProgress(id, 1, DAY, 1, null, null, null), "status");
        refusedNaming(() -> new ProjectChange.AddComment(id, 1, null, "意见"), "on");
        refusedNaming(() -> new ProjectChange.Complete(id, 0, DAY), "expectedVersion");
        refusedNaming(() -> new ProjectChange.Suspend(id, 0, DAY, "暂停"), "expectedVersion");
        refusedNaming(() -> new ProjectChange.Resume(id, 0, DAY), "expectedVersion");
        refusedNaming(() -> new ProjectChange.Cancel(id, 0, DAY, "取消"), "expectedVersion");
        assertThat(new ProjectChange.Sign(id, 1, DAY, null).signatories()).isEmpty();
    }

    // --- the catalogue and proposals ---

    @Test
    void only_an_admin_adds_a_domain_and_the_addition_is_audited_with_both_names() {
        var bridge = new DomainDefinition(new DomainCode("bridge"), BilingualName.of("桥域", "Bridges"));

        assertThatThrownBy(() -> ronghe.projects().commands().addDomain(scene.operatorOf(scene.transport), bridge))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(scene.auditOf("bridge")).isEmpty();
        var added = ronghe.projects().commands().addDomain(ADMIN, bridge);

        assertThat(added).isEqualTo(bridge);
        assertThat(ronghe.projects().queries().domains()).extracting(DomainDefinition::code).contains(new DomainCode("bridge"),
                ROAD, RIVER);
        assertThat(scene.auditOf("bridge")).singleElement().satisfies(e -> {
            assertThat(e.aggregateType()).isEqualTo("project-domain");
            assertThat(e.eventType()).isEqualTo("DomainAdded");
            assertThat(e.changes()).containsExactly(new FieldChange("name", null, "桥域"),
                    new FieldChange("nameEn", null, "Bridges"));
        });
        assertThat(scene.auditOf("river")).singleElement().satisfies(e -> assertThat(e.changes())
                .as("no English name, no change recorded for it").containsExactly(new FieldChange("name", null, "河域")));
    }

    @Test
    void only_an_admin_proposes_and_unknown_flag_bearers_or_co_organizations_are_refused_naming_the_field() {
        assertThatThrownBy(() -> ronghe.projects().commands().propose(scene.operatorOf(scene.transport),
                new ProposeProjectCommand(ROAD, BilingualName.of("路域", null), scene.transport.id(), List.of(),
                        new Mechanism("a", "b", List.of()), Set.of(), Set.of(), List.of(due(1, "x", DAY)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ronghe.projects().commands().propose(ADMIN, new ProposeProjectCommand(ROAD,
                BilingualName.of("路域", null), new OrganizationId(UUID.randomUUID()), List.of(), new Mechanism("a", "b",
                        List.of()), Set.of(), Set.of(), List.of(due(1, "x", DAY)))))
                .isInstanceOfSatisfying(UnknownReferenceException.class,
                        e -> assertThat(e.field()).isEqualTo("flagBearerId"));
        assertThatThrownBy(() -> ronghe.projects().commands().propose(ADMIN, new ProposeProjectCommand(ROAD,
                BilingualName.of("路域", null), scene.transport.id(), List.of(new CoOrganization(new OrganizationId(
                        UUID.randomUUID()), "配合")), new Mechanism("a", "b", List.of()), Set.of(), Set.of(),
                List.of(due(1, "x", DAY))))).isInstanceOfSatisfying(UnknownReferenceException.class,
                        e -> assertThat(e.field()).isEqualTo("coOrganizations"));
        assertThat(ronghe.projects().queries().responsibilityMap(null)).isEmpty();
    }

    @Test
    void without_a_live_district_party_committee_there_is_no_principal_to_propose_for() {
        try (var lone = new OnMemory()) {
            var district = lone.register("DISTRICT_PARTY_COMMITTEE", "区委", null);
            var department = lone.register("DEPARTMENT_PARTY_BODY", "区交通委党组", district);
            lone.ronghe.organizations().commands().change(ADMIN, new OrganizationChange.Retire(department.id(), 1));
            lone.ronghe.organizations().commands().change(ADMIN, new OrganizationChange.Retire(district.id(), 1));
            lone.ronghe.projects().commands().addDomain(ADMIN, new DomainDefinition(ROAD, BilingualName.of("路域", null)));

            assertThatThrownBy(() -> lone.ronghe.projects().commands().propose(ADMIN, new ProposeProjectCommand(ROAD,
                    BilingualName.of("路域", null), department.id(), List.of(), new Mechanism("a", "b", List.of()),
                    Set.of(), Set.of(), List.of(due(1, "x", DAY))))).isInstanceOfSatisfying(
                            UnknownReferenceException.class, e -> assertThat(e.field()).isEqualTo("principal"));
        }
    }

    @Test
    void a_proposal_is_audited_with_its_domain_title_flag_bearer_and_number_of_commitments() {
        var project = scene.propose(ROAD, "路域党建", scene.transport, due(1, "示范路段", LocalDate.of(2022, 12, 31)),
                due(2, "联合执法队", LocalDate.of(2023, 12, 31)));

        assertThat(scene.auditOf(project.id().toString())).singleElement().satisfies(e -> {
            assertThat(e.aggregateType()).isEqualTo("project");
            assertThat(e.changes()).containsExactly(new FieldChange("status", null, "PROPOSED"),
                    new FieldChange("domain", null, "road"), new FieldChange("title", null, "路域党建"),
                    new FieldChange("flagBearerId", null, scene.transport.id().toString()),
                    new FieldChange("commitments", null, "2"));
        });
    }

    // --- the life of a project ---

    @Test
    void only_an_admin_signs_and_only_the_flag_bearers_operators_start_it() {
        var project = scene.propose(ROAD, "路域党建", scene.transport, due(1, "示范路段", LocalDate.of(2023, 12, 31)));
        var signatories = Set.of(scene.district.id(), scene.transport.id());

        assertThatThrownBy(() -> ronghe.projects().commands().change(scene.operatorOf(scene.transport), new ProjectChange.Sign(
                project.id(), 1, LocalDate.of(2022, 2, 15), signatories))).isInstanceOf(AccessDeniedException.class);
        ronghe.projects().commands().change(ADMIN, new ProjectChange.Sign(project.id(), 1, LocalDate.of(2022, 2, 15),
                signatories));
        assertThatThrownBy(() -> ronghe.projects().commands().change(scene.operatorOf(scene.market), new ProjectChange.Start(
                project.id(), 2, LocalDate.of(2022, 3, 1)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ronghe.projects().commands().change(scene.operatorOf(scene.town), new ProjectChange.Start(
                project.id(), 2, LocalDate.of(2022, 3, 1)))).as("a co-organization does not carry the project out")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(statusOf(project.id())).isEqualTo(ProjectStatus.SIGNED);
        var started = ronghe.projects().commands().change(scene.operatorOf(scene.transport), new ProjectChange.Start(
                project.id(), 2, LocalDate.of(2022, 3, 1)));

        assertThat(started.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        var audit = scene.auditOf(project.id().toString());
        assertThat(audit).extracting(e -> e.eventType()).containsExactlyInAnyOrder("ProjectProposed", "AgreementSigned",
                "ProjectStarted");
        assertThat(audit).filteredOn(e -> e.eventType().equals("AgreementSigned")).singleElement().satisfies(e -> assertThat(
                e.changes()).containsExactly(new FieldChange("status", "PROPOSED", "SIGNED"),
                        new FieldChange("signedOn", null, "2022-02-15")));
        assertThat(audit).filteredOn(e -> e.eventType().equals("ProjectStarted")).singleElement().satisfies(e -> assertThat(
                e.changes()).containsExactly(new FieldChange("status", "SIGNED", "IN_PROGRESS")));
    }

    @Test
    void progress_is_reported_in_the_name_of_the_flag_bearer_or_of_the_principal_when_an_admin_reports() {
        var project = scene.inProgress(ROAD, "路域党建", scene.transport, due(1, "示范路段", LocalDate.of(2023, 12, 31)));

        ronghe.projects().commands().change(scene.operatorOf(scene.transport), new ProjectChange.ReportProgress(project.id(), 3,
                DAY, 1, CommitmentStatus.IN_PROGRESS, "施工中", null));
        var reported = ronghe.projects().commands().change(ADMIN, new ProjectChange.ReportProgress(project.id(), 4,
                DAY.plusDays(1), 1, CommitmentStatus.DONE, "已完工", "https://example.org/photo"));

        assertThat(reported.progress()).extracting(ProgressUpdate::reportedBy).containsExactly(scene.transport.id(),
                scene.district.id());
        assertThat(scene.auditOf(project.id().toString())).filteredOn(e -> e.eventType().equals(
                "ProgressReported")).extracting(e -> e.changes()).containsExactlyInAnyOrder(
                        List.of(new FieldChange("commitment 1", null, "IN_PROGRESS on 2022-09-01")),
                        List.of(new FieldChange("commitment 1", null, "DONE on 2022-09-02")));
    }

    @Test
    void the_flag_bearer_and_co_organizations_comment_in_their_own_names_an_admin_in_the_principals() {
        var project = scene.propose(ROAD, "路域党建", scene.transport, due(1, "示范路段", LocalDate.of(2023, 12, 31)));

        assertThatThrownBy(() -> ronghe.projects().commands().change(scene.operatorOf(scene.market), new ProjectChange
                .AddComment(project.id(), 1, DAY, "旁观"))).isInstanceOf(AccessDeniedException.class);
        ronghe.projects().commands().change(scene.operatorOf(scene.town), new ProjectChange.AddComment(project.id(), 1, DAY,
                "沿线街镇已配合"));
        var commented = ronghe.projects().commands().change(ADMIN, new ProjectChange.AddComment(project.id(), 2, DAY,
                "区委督办"));

        assertThat(commented.comments()).extracting(Comment::author).containsExactly(scene.town.id(),
                scene.district.id());
        assertThat(scene.auditOf(project.id().toString())).filteredOn(e -> e.eventType().equals("CommentAdded"))
                .extracting(e -> e.changes().get(0).newValue()).containsExactlyInAnyOrder(
                        "by " + scene.town.id() + " on 2022-09-01", "by " + scene.district.id() + " on 2022-09-01");
    }

    @Test
    void the_flag_bearer_completes_a_project_once_every_commitment_is_done() {
        var project = scene.inProgress(ROAD, "路域党建", scene.transport, due(1, "示范路段", LocalDate.of(2023, 12, 31)));
        var transport = scene.operatorOf(scene.transport);
        ronghe.projects().commands().change(transport, new ProjectChange.ReportProgress(project.id(), 3, DAY, 1,
                CommitmentStatus.DONE, null, null));

        assertThatThrownBy(() -> ronghe.projects().commands().change(scene.operatorOf(scene.market), new ProjectChange.Complete(
                project.id(), 4, DAY))).isInstanceOf(AccessDeniedException.class);
        var completed = ronghe.projects().commands().change(transport, new ProjectChange.Complete(project.id(), 4, DAY));

        assertThat(completed.status()).isEqualTo(ProjectStatus.COMPLETED);
        assertThat(scene.auditOf(project.id().toString())).filteredOn(e -> e.eventType().equals(
                "ProjectCompleted")).singleElement().satisfies(e -> assertThat(e.changes()).containsExactly(
                        new FieldChange("status", "IN_PROGRESS", "COMPLETED")));
    }

    @Test
    void only_an_admin_suspends_resumes_and_cancels_and_each_is_audited_with_the_status_it_left() {
        var project = scene.inProgress(ROAD, "路域党建", scene.transport, due(1, "示范路段", LocalDate.of(2023, 12, 31)));
        var id = project.id();
        var transport = scene.operatorOf(scene.transport);

        assertThatThrownBy(() -> ronghe.projects().commands().change(transport, new ProjectChange.Suspend(id, 3, DAY, "资金")))
                .isInstanceOf(AccessDeniedException.class);
        var suspended = ronghe.projects().commands().change(ADMIN, new ProjectChange.Suspend(id, 3, DAY, "资金未到位"));
        assertThat(suspended.status()).isEqualTo(ProjectStatus.SUSPENDED);
        assertThat(suspended.statusReason()).isEqualTo("资金未到位");
        assertThatThrownBy(() -> ronghe.projects().commands().change(transport, new ProjectChange.Resume(id, 4, DAY)))
                .isInstanceOf(AccessDeniedException.class);
        var resumed = ronghe.projects().commands().change(ADMIN, new ProjectChange.Resume(id, 4, DAY.plusDays(30)));
        assertThat(resumed.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThatThrownBy(() -> ronghe.projects().commands().change(transport, new ProjectChange.Cancel(id, 5, DAY, "撤销")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(statusOf(id)).isEqualTo(ProjectStatus.IN_PROGRESS);
        var cancelled = ronghe.projects().commands().change(ADMIN, new ProjectChange.Cancel(id, 5, DAY.plusDays(60), "并入河域"));

        assertThat(cancelled.status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(cancelled.version()).isEqualTo(6);
        var audit = scene.auditOf(id.toString());
        assertThat(audit).filteredOn(e -> e.eventType().equals("ProjectSuspended")).singleElement().satisfies(e ->
                assertThat(e.changes()).containsExactly(new FieldChange("status", "IN_PROGRESS", "SUSPENDED"),
                        new FieldChange("reason", null, "资金未到位")));
        assertThat(audit).filteredOn(e -> e.eventType().equals("ProjectResumed")).singleElement().satisfies(e ->
                assertThat(e.changes()).containsExactly(new FieldChange("status", "SUSPENDED", "IN_PROGRESS")));
        assertThat(audit).filteredOn(e -> e.eventType().equals("ProjectCancelled")).singleElement().satisfies(e ->
                assertThat(e.changes()).containsExactly(new FieldChange("status", "IN_PROGRESS", "CANCELLED"),
                        new FieldChange("reason", null, "并入河域")));
    }

    @Test
    void a_change_to_an_unknown_project_is_not_found() {
        assertThatThrownBy(() -> ronghe.projects().commands().change(ADMIN, new ProjectChange.Cancel(new ProjectId(
                UUID.randomUUID()), 1, DAY, "撤销"))).isInstanceOf(AggregateNotFoundException.class);
        assertThatThrownBy(() -> ronghe.projects().queries().project(new ProjectId(UUID.randomUUID()), null))
                .isInstanceOf(AggregateNotFoundException.class);
    }
}
