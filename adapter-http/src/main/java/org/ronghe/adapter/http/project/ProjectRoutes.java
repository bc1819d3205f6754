package org.ronghe.adapter.http.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.javalin.http.Context;
import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Callers;
import org.ronghe.adapter.http.support.ChangeRequests;
import org.ronghe.adapter.http.support.Dates;
import org.ronghe.adapter.http.support.JsonBody;
import org.ronghe.adapter.http.support.ListFilters;
import org.ronghe.adapter.http.support.PageResource;
import org.ronghe.adapter.http.support.PathIds;
import org.ronghe.adapter.http.support.QueryParameters;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.organization.port.in.OrganizationQueries;
import org.ronghe.application.project.ProjectModule;
import org.ronghe.application.project.port.in.ProjectChange;
import org.ronghe.application.project.port.in.ProjectQueries;
import org.ronghe.application.project.port.in.ProjectView;
import org.ronghe.application.project.port.in.ProposeProjectCommand;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.project.CoOrganization;
import org.ronghe.domain.project.Commitment;
import org.ronghe.domain.project.CommitmentStatus;
import org.ronghe.domain.project.DomainCode;
import org.ronghe.domain.project.DomainDefinition;
import org.ronghe.domain.project.Mechanism;
import org.ronghe.domain.project.ProjectCriteria;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.project.ProjectStatus;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.Enums;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Violations;

/**
 * {@code /api/v1/projects} and the catalogue {@code /api/v1/project-domains}; the views
 * {@code /api/v1/responsibility-map} and {@code /api/v1/overdue-commitments}. ADMINs act for the
 * principal; the flag-bearer's operators carry the project out; co-organizations comment.
 */
public record ProjectRoutes(ProjectModule projects, OrganizationQueries organizations) implements RouteGroup {

    static final String COLLECTION = "/api/v1/projects";
    private static final String ONE = COLLECTION + "/{id}";

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.create("/api/v1/project-domains", this::addDomain, ApiRole.ADMINS),
                ApiRoute.read("/api/v1/project-domains", ctx -> Reply.ok(Map.of("items", projects.queries().domains()
                        .stream().map(d -> new DomainResource(d.code().value(), d.name().zh(), d.name().en())).toList()))),
                ApiRoute.create(COLLECTION, this::propose, ApiRole.ADMINS),
                ApiRoute.read(COLLECTION, this::list),
                ApiRoute.read(ONE, this::show),
                ApiRoute.command(ONE + "/sign", this::sign, ApiRole.ADMINS),
                ApiRoute.command(ONE + "/start", ctx -> change(ctx, (id, v, body) ->
                        new ProjectChange.Start(id, v, body.date("on")), "on"), ApiRole.WRITERS),
                ApiRoute.command(ONE + "/progress", this::progress, ApiRole.WRITERS),
                ApiRoute.command(ONE + "/comments", ctx -> change(ctx, (id, v, body) ->
                        new ProjectChange.AddComment(id, v, body.date("on"), body.text("text")), "on", "text"),
                        ApiRole.WRITERS),
                ApiRoute.command(ONE + "/complete", ctx -> change(ctx, (id, v, body) ->
                        new ProjectChange.Complete(id, v, body.date("on")), "on"), ApiRole.WRITERS),
                ApiRoute.command(ONE + "/suspend", ctx -> change(ctx, (id, v, body) ->
                        new ProjectChange.Suspend(id, v, body.date("on"), body.text("reason")), "on", "reason"),
                        ApiRole.ADMINS),
                ApiRoute.command(ONE + "/resume", ctx -> change(ctx, (id, v, body) ->
                        new ProjectChange.Resume(id, v, body.date("on")), "on"), ApiRole.ADMINS),
                ApiRoute.command(ONE + "/cancel", ctx -> change(ctx, (id, v, body) ->
                        new ProjectChange.Cancel(id, v, body.date("on"), body.text("reason")), "on", "reason"),
                        ApiRole.ADMINS),
                ApiRoute.read("/api/v1/responsibility-map", ctx -> Reply.ok(Map.of("items",
                        projects.queries().responsibilityMap(QueryParameters.asOf(ctx)).stream()
                                .map(DomainMapResource::of).toList()))),
                ApiRoute.read("/api/v1/overdue-commitments", ctx -> Reply.ok(Map.of("items",
                        projects.queries().overdueCommitments(QueryParameters.asOf(ctx)).stream()
                                .map(OverdueResource::of).toList()))));
    }

    @Override
    public ApiDocs docs() {
        return ProjectDocs.DOCS;
    }

    record DomainResource(String code, String name, @ApiDoc.Nullable String nameEn) {
    }

    record ProjectSummaryResource(@ApiDoc.Uuid(false) String id, String title,
            @ApiDoc.Values(ProjectStatus.class) String status,
            boolean atRisk, long notStarted, long inProgress, long done, long overdue) {
    }

    record FlagBearerResource(@ApiDoc.Uuid(false) String organizationId, String name,
            List<ProjectSummaryResource> projects) {
    }

    record DomainMapResource(String domain, String name, List<FlagBearerResource> flagBearers) {

        static DomainMapResource of(ProjectQueries.DomainResponsibility d) {
            return new DomainMapResource(d.domain().value(), d.name(), d.flagBearers().stream()
                    .map(f -> new FlagBearerResource(f.organization().toString(), f.name(), f.projects().stream()
                            .map(p -> new ProjectSummaryResource(p.id().toString(), p.title(), p.status().name(),
                                    p.atRisk(), p.notStarted(), p.inProgress(), p.done(), p.overdue()))
                            .toList()))
                    .toList());
        }
    }

    record OverdueResource(@ApiDoc.Uuid(false) String projectId, String projectTitle,
            @ApiDoc.Uuid(false) String flagBearerId, @ApiDoc.Nullable String flagBearerName, int commitment,
            String deliverable, LocalDate dueOn, @ApiDoc.Minimum(1) long daysLate) {

        static OverdueResource of(ProjectQueries.OverdueCommitment o) {
            return new OverdueResource(o.project().toString(), o.projectTitle(), o.flagBearer().toString(),
                    o.flagBearerName(), o.commitment(), o.deliverable(), o.dueOn(), o.daysLate());
        }
    }

    private Reply addDomain(Context ctx) {
        var body = JsonBody.of(ctx, "code", "name", "nameEn");
        String code = body.text("code");
        String name = body.text("name");
        String nameEn = body.text("nameEn");
        body.requireWellTyped();
        var violations = new Violations();
        var parsedCode = violations.check(() -> new DomainCode(code == null ? "" : code.strip()));
        var parsedName = violations.check(() -> BilingualName.of(name, nameEn));
        violations.throwIfAny();
        var added = projects.commands().addDomain(Callers.of(ctx), new DomainDefinition(parsedCode, parsedName));
        return Reply.created("/api/v1/project-domains", new DomainResource(added.code().value(), added.name().zh(),
                added.name().en()));
    }

    private Reply propose(Context ctx) {
        var body = JsonBody.of(ctx, "domain", "title", "titleEn", "flagBearerId", "coOrganizations", "mechanism",
                "areaIds", "committeeIds", "commitments");
        String domain = body.text("domain");
        String title = body.text("title");
        String titleEn = body.text("titleEn");
        String flagBearer = body.text("flagBearerId");
        var co = body.objects("coOrganizations", "organizationId", "part");
        var mechanism = body.object("mechanism", "commander", "coordinator", "implementers");
        List<String> areaIds = body.texts("areaIds");
        List<String> committeeIds = body.texts("committeeIds");
        var commitments = body.objects("commitments", "deliverable", "dueOn");
        List<String[]> coFields = new ArrayList<>();
        co.forEach(c -> coFields.add(new String[] { c.text("organizationId"), c.text("part") }));
        String commander = mechanism == null ? null : mechanism.text("commander");
        String coordinator = mechanism == null ? null : mechanism.text("coordinator");
        List<String> implementers = mechanism == null ? null : mechanism.texts("implementers");
        List<Object[]> promiseFields = new ArrayList<>();
        commitments.forEach(c -> promiseFields.add(new Object[] { c.text("deliverable"), c.date("dueOn") }));
        body.requireWellTyped();

        var violations = new Violations();
        var parsedDomain = violations.check(() -> new DomainCode(domain == null ? "" : domain.strip()));
        var parsedTitle = violations.check(() -> BilingualName.of(title, titleEn));
        var parsedFlagBearer = violations.check(() -> OrganizationId.parse("flagBearerId", flagBearer));
        List<CoOrganization> parsedCo = new ArrayList<>();
        coFields.forEach(c -> parsedCo.add(violations.check(() -> new CoOrganization(
                OrganizationId.parse("coOrganizations.organizationId", c[0]), c[1]))));
        Mechanism parsedMechanism = mechanism == null ? null
                : violations.check(() -> new Mechanism(commander, coordinator, implementers));
        if (mechanism == null) {
            violations.add("mechanism", "is required: commander, coordinator, implementers (positions)");
        }
        Set<AreaId> areas = new LinkedHashSet<>();
        (areaIds == null ? List.<String>of() : areaIds).forEach(a -> areas.add(violations.check(() -> AreaId.parse("areaIds", a))));
        Set<CommitteeId> committees = new LinkedHashSet<>();
        (committeeIds == null ? List.<String>of() : committeeIds)
                .forEach(c -> committees.add(violations.check(() -> CommitteeId.parse("committeeIds", c))));
        List<Commitment> parsedCommitments = new ArrayList<>();
        for (int i = 0; i < promiseFields.size(); i++) {
            int number = i + 1;
            Object[] f = promiseFields.get(i);
            if (f[1] == null) {
                violations.add("commitments[" + i + "].dueOn", "is required");
                continue;
            }
            parsedCommitments.add(violations.check(() -> new Commitment(number, (String) f[0], (LocalDate) f[1])));
        }
        violations.throwIfAny();
        var proposed = projects.commands().propose(Callers.of(ctx), new ProposeProjectCommand(parsedDomain, parsedTitle,
                parsedFlagBearer, parsedCo, parsedMechanism, areas, committees, parsedCommitments));
        return Reply.created(COLLECTION + "/" + proposed.id(), ProjectResource.of(proposed)).tagged(proposed.version());
    }

    private Reply list(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var domain = parameters.optional("domain", text -> new DomainCode(text.strip()));
        var flagBearer = parameters.optional("flagBearerId", text -> OrganizationId.parse("flagBearerId", text));
        var status = parameters.optional("status", text -> Enums.parse(ProjectStatus.class, "status", text));
        boolean atRisk = parameters.flag("atRisk");
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        var q = ListFilters.q(parameters);
        var town = ListFilters.townId(parameters);
        var page = parameters.page();
        parameters.requireValid();
        var result = projects.queries().projects(new ProjectCriteria(domain, flagBearer, status, null, q,
                ListFilters.scope(organizations, town)), atRisk, asOf, page);
        return Reply.ok(PageResource.of(result.map(ProjectResource::of)));
    }

    private Reply show(Context ctx) {
        var asOf = QueryParameters.asOf(ctx);
        return reply(projects.queries().project(id(ctx), asOf));
    }

    private Reply sign(Context ctx) {
        return change(ctx, (id, v, body) -> {
            List<String> signatories = body.texts("signatoryIds");
            Set<OrganizationId> parsed = new LinkedHashSet<>();
            if (signatories != null) {
                var violations = new Violations();
                signatories.forEach(s -> parsed.add(violations.check(() -> OrganizationId.parse("signatoryIds", s))));
                violations.throwIfAny();
            }
            return new ProjectChange.Sign(id, v, body.date("on"), parsed);
        }, "on", "signatoryIds");
    }

    private Reply progress(Context ctx) {
        return change(ctx, (id, v, body) -> {
            Integer commitment = body.integer("commitment");
            String status = body.text("status");
            String note = body.text("note");
            String evidence = body.text("evidenceLink");
            LocalDate on = body.date("on");
            body.requireWellTyped();
            var parsedStatus = Enums.parse(CommitmentStatus.class, "status", status);
            if (commitment == null) {
                throw new InvalidValueException("commitment", "is required: the number of the commitment");
            }
            return new ProjectChange.ReportProgress(id, v, on, commitment, parsedStatus, note, evidence);
        }, "commitment", "status", "note", "evidenceLink", "on");
    }

    private Reply change(Context ctx, ChangeRequests.Reader<ProjectId, ProjectChange> reader, String... fields) {
        return reply(projects.commands().change(Callers.of(ctx), ChangeRequests.read(ctx, ProjectRoutes::id, reader,
                fields)));
    }

    private static ProjectId id(Context ctx) {
        return PathIds.parse(ctx, "project", text -> ProjectId.parse("id", text));
    }

    private static Reply reply(ProjectView view) {
        return Reply.ok(ProjectResource.of(view)).tagged(view.version());
    }
}
