package org.ronghe.adapter.http.project;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ronghe.adapter.http.support.ApiDoc.Query;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ListFilters;
import org.ronghe.domain.project.CommitmentStatus;
import org.ronghe.domain.project.ProjectStatus;

/** What the OpenAPI document says of the routes of {@link ProjectRoutes}: summaries, query parameters, bodies, answers. */
final class ProjectDocs {

    static final ApiDocs DOCS = ApiDocs.of("projects",
            "领域项目 · Domain projects: the domain catalogue, projects and their agreements, progress, the responsibility map and overdue commitments",
            ApiDoc.post("/api/v1/project-domains", "addProjectDomain", "add a domain to the catalogue")
                    .takes(AddProjectDomain.class)
                    .answers("added", Schema.of(ProjectRoutes.DomainResource.class))
                    .etag(false),
            ApiDoc.get("/api/v1/project-domains", "listProjectDomains", "the domain catalogue")
                    .answers("the catalogue", Schema.items(ProjectRoutes.DomainResource.class)),
            ApiDoc.post("/api/v1/projects", "proposeProject", "propose a domain project with its draft agreement")
                    .takes(ProposeProject.class)
                    .answers("proposed", Schema.of(ProjectResource.class)),
            ApiDoc.get("/api/v1/projects", "listProjects", "a page of projects; each carries domain, status, flagBearerId")
                    .query(Query.text("domain"), Query.uuid("flagBearerId"), Query.oneOf("status", ProjectStatus.class), Query.bool("atRisk"), Query.date("asOf").describedAs("the day to judge overdue and at risk on (default: today, Asia/Shanghai)"))
                    .query(ListFilters.documented("title (Chinese or English)", "with a flag bearer, principal or co-organization among"))
                    .query(Query.paging())
                    .answers("a page", Schema.page(ProjectResource.class)),
            ApiDoc.get("/api/v1/projects/{id}", "getProject", "one project, judged on a day")
                    .query(Query.date("asOf").describedAs("the day to judge overdue and at risk on (default: today, Asia/Shanghai)"))
                    .answers("found", Schema.of(ProjectResource.class)),
            ApiDoc.post("/api/v1/projects/{id}/sign", "signAgreement", "the principal and the flag-bearer sign (ADMIN)")
                    .takes(SignAgreement.class)
                    .answers("changed", Schema.of(ProjectResource.class)),
            ApiDoc.post("/api/v1/projects/{id}/start", "startProject", "start a signed project (the flag-bearer)")
                    .takes(StartProject.class)
                    .answers("changed", Schema.of(ProjectResource.class)),
            ApiDoc.post("/api/v1/projects/{id}/progress", "reportProgress", "report on one commitment (the flag-bearer)")
                    .takes(ReportProgress.class)
                    .answers("changed", Schema.of(ProjectResource.class)),
            ApiDoc.post("/api/v1/projects/{id}/comments", "commentOnProject", "comment (the flag-bearer and co-organizations)")
                    .takes(CommentOnProject.class)
                    .answers("changed", Schema.of(ProjectResource.class)),
            ApiDoc.post("/api/v1/projects/{id}/complete", "completeProject", "complete, every commitment done (the flag-bearer)")
                    .takes(CompleteProject.class)
                    .answers("changed", Schema.of(ProjectResource.class)),
            ApiDoc.post("/api/v1/projects/{id}/suspend", "suspendProject", "suspend with a reason (ADMIN)")
                    .takes(SuspendProject.class)
                    .answers("changed", Schema.of(ProjectResource.class)),
            ApiDoc.post("/api/v1/projects/{id}/resume", "resumeProject", "resume where it was (ADMIN)")
                    .takes(ResumeProject.class)
                    .answers("changed", Schema.of(ProjectResource.class)),
            ApiDoc.post("/api/v1/projects/{id}/cancel", "cancelProject", "cancel with a reason (ADMIN)")
                    .takes(CancelProject.class)
                    .answers("changed", Schema.of(ProjectResource.class)),
            ApiDoc.get("/api/v1/responsibility-map", "getResponsibilityMap", "domain → flag-bearer → projects → commitments by status")
                    .query(Query.date("asOf").describedAs("the day to judge overdue and at risk on (default: today, Asia/Shanghai)"))
                    .answers("the map", Schema.items(ProjectRoutes.DomainMapResource.class)),
            ApiDoc.get("/api/v1/overdue-commitments", "listOverdueCommitments", "every overdue commitment, most days late first")
                    .query(Query.date("asOf").describedAs("the day to judge overdue and at risk on (default: today, Asia/Shanghai)"))
                    .answers("the overdue list", Schema.items(ProjectRoutes.OverdueResource.class)));

    private ProjectDocs() {
    }

    /** The body of {@code POST /api/v1/project-domains}. */
    record AddProjectDomain(@ApiDoc.Pattern("^[a-z][a-z0-9-]{1,39}$") String code,
            String name,
            @ApiDoc.Optional String nameEn) {
    }

    /** One item of {@code coOrganization}. */
    record CoOrganization(UUID organizationId,
            String part) {
    }

    /** One item of {@code mechanism}. */
    record Mechanism(String commander,
            String coordinator,
            @ApiDoc.Optional List<String> implementers) {
    }

    /** One item of {@code commitment}. */
    record Commitment(String deliverable,
            LocalDate dueOn) {
    }

    /** The body of {@code POST /api/v1/projects}. */
    record ProposeProject(String domain,
            String title,
            @ApiDoc.Optional String titleEn,
            UUID flagBearerId,
            @ApiDoc.Optional List<CoOrganization> coOrganizations,
            Mechanism mechanism,
            @ApiDoc.Optional List<UUID> areaIds,
            @ApiDoc.Optional List<UUID> committeeIds,
            @ApiDoc.MinItems(1) List<Commitment> commitments) {
    }

    /** The body of {@code POST /api/v1/projects/{id}/sign}. */
    record SignAgreement(LocalDate on,
            List<UUID> signatoryIds) {
    }

    /** The body of {@code POST /api/v1/projects/{id}/start}. */
    record StartProject(LocalDate on) {
    }

    /** The body of {@code POST /api/v1/projects/{id}/progress}. */
    record ReportProgress(Integer commitment,
            CommitmentStatus status,
            @ApiDoc.Optional String note,
            @ApiDoc.Optional String evidenceLink,
            LocalDate on) {
    }

    /** The body of {@code POST /api/v1/projects/{id}/comments}. */
    record CommentOnProject(String text,
            LocalDate on) {
    }

    /** The body of {@code POST /api/v1/projects/{id}/complete}. */
    record CompleteProject(LocalDate on) {
    }

    /** The body of {@code POST /api/v1/projects/{id}/suspend}. */
    record SuspendProject(String reason,
            LocalDate on) {
    }

    /** The body of {@code POST /api/v1/projects/{id}/resume}. */
    record ResumeProject(LocalDate on) {
    }

    /** The body of {@code POST /api/v1/projects/{id}/cancel}. */
    record CancelProject(String reason,
            LocalDate on) {
    }
}
