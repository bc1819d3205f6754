package org.ronghe.adapter.http.grid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Callers;
import org.ronghe.adapter.http.support.ChangeRequests;
import org.ronghe.adapter.http.support.Dates;
import org.ronghe.adapter.http.support.JsonBody;
import org.ronghe.adapter.http.support.JsonWriter;
import org.ronghe.adapter.http.support.PageResource;
import org.ronghe.adapter.http.support.PathIds;
import org.ronghe.adapter.http.support.QueryParameters;
import org.ronghe.adapter.http.support.RawBody;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.grid.GridModule;
import org.ronghe.application.grid.port.in.DefineGridPlanCommand;
import org.ronghe.application.grid.port.in.GridChange;
import org.ronghe.application.grid.port.in.GridCoverage;
import org.ronghe.application.grid.port.in.GridCriteria;
import org.ronghe.application.grid.port.in.GridPlanView;
import org.ronghe.application.grid.port.in.GridView;
import org.ronghe.domain.grid.GridCode;
import org.ronghe.domain.grid.GridDraft;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.grid.GridLevel;
import org.ronghe.domain.grid.GridPlanId;
import org.ronghe.domain.grid.GridProblem;
import org.ronghe.domain.grid.GridRole;
import org.ronghe.domain.grid.GridRoleKind;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.Enums;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Violations;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.http.Context;

/**
 * {@code /api/v1/grid-plans}, {@code /api/v1/grids} and {@code /api/v1/grid-coverage}: the towns' three-level
 * grids. A plan is drawn and revised from GeoJSON by the ADMIN or the town's own operators; every caller
 * reads grids as of any day ({@code asOf}), as a page, as GeoJSON, by a point, and as the coverage report.
 */
public record GridRoutes(GridModule grids) implements RouteGroup {

    private static final String PLANS = "/api/v1/grid-plans";
    private static final String GRIDS = "/api/v1/grids";
    /** More than any town has; bounds what one request asks of the rules. */
    static final int MAX_FEATURES = 5_000;

    record RoleResource(@ApiDoc.Values(GridRoleKind.class) String kind, String name,
            @ApiDoc.Nullable String position) {
    }

    record GridPlanResource(String id, String townId, @ApiDoc.Nullable String townName, String townCode, int areaGrids,
            int villageGrids, int microGrids, double squareKilometres, LocalDate lastChange, long version) {
    }

    record GridResource(String id, String code, @ApiDoc.Values(GridLevel.class) String level, String levelZh,
            String name, @ApiDoc.Nullable String parentId,
            @ApiDoc.About("the parent grid's code, or the town's code for an area grid") String parentCode,
            String townId, @ApiDoc.Nullable String townName, @ApiDoc.Nullable String responsibleOrganizationId,
            @ApiDoc.Nullable String responsibleOrganizationName,
            @ApiDoc.OneOf({"ACTIVE", "RETIRED"}) String status, LocalDate drawnOn, @ApiDoc.Nullable LocalDate retiredOn,
            List<RoleResource> roles, double squareKilometres, LocalDate asOf, String planId, long planVersion) {
    }

    record GridDetailResource(GridResource grid, List<GridResource> parents, Map<String, Object> territory) {
    }

    record LocationResource(@ApiDoc.Nullable GridResource micro, @ApiDoc.Nullable GridResource village,
            GridResource area) {
    }

    record ProblemResource(String rule, List<String> codes, String detail, @ApiDoc.Nullable Double squareMetres) {
    }

    record OrganizationResource(String id, @ApiDoc.Nullable String name) {
    }

    record CoverageResource(@ApiDoc.Nullable String townId, LocalDate asOf, int towns, int areaGrids, int villageGrids, int microGrids,
            double squareKilometres, boolean holds, List<ProblemResource> gaps, List<ProblemResource> overlaps,
            List<ProblemResource> outside, List<String> withoutResponsible,
            List<OrganizationResource> organizationsWithoutGrid, List<ProblemResource> otherProblems) {
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.create(PLANS, this::define, ApiRole.WRITERS),
                ApiRoute.read(PLANS, this::planOfTown),
                ApiRoute.read(PLANS + "/{id}", ctx -> plan(grids.queries().plan(planId(ctx), QueryParameters.asOf(ctx)))),
                ApiRoute.command(PLANS + "/{id}/revise", this::revise, ApiRole.WRITERS),
                ApiRoute.command(PLANS + "/{id}/assign", this::assign, ApiRole.WRITERS),
                ApiRoute.command(PLANS + "/{id}/roles", this::appoint, ApiRole.WRITERS),
                ApiRoute.command(PLANS + "/{id}/retire", this::retire, ApiRole.WRITERS),
                ApiRoute.read(GRIDS, this::list),
                ApiRoute.read(GRIDS + ".geojson", this::geojson),
                ApiRoute.read(GRIDS + "/locate", this::locate),
                ApiRoute.read(GRIDS + "/{id}", this::grid),
                ApiRoute.read("/api/v1/grid-coverage", this::coverage));
    }

    @Override
    public ApiDocs docs() {
        return GridDocs.DOCS;
    }

    private Reply define(Context ctx) {
        var body = JsonBody.of(ctx, "townId", "townCode", "on", "territory", "grids");
        String town = body.text("townId");
        String townCode = body.text("townCode");
        LocalDate on = body.date("on");
        JsonNode territory = body.node("territory");
        JsonNode features = body.node("grids");
        body.requireWellTyped();
        var violations = new Violations();
        var parsedTown = town == null ? null : violations.check(() -> OrganizationId.parse("townId", town));
        var parsedTerritory = GeoJson.territory("territory", territory, violations);
        var drafts = drafts("grids", features, violations);
        violations.throwIfAny();
        var view = grids.commands().define(Callers.of(ctx), new DefineGridPlanCommand(parsedTown, townCode,
                parsedTerritory, drafts, on));
        return Reply.created(PLANS + "/" + view.id(), resource(view)).tagged(view.version());
    }

    private Reply planOfTown(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var town = parameters.optional("townId", text -> OrganizationId.parse("townId", text));
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        parameters.requireValid();
        if (town == null) {
            throw new InvalidValueException("townId", "is required: the town whose plan to read");
        }
        return plan(grids.queries().planOfTown(town, asOf));
    }

    private Reply revise(Context ctx) {
        return plan(grids.commands().change(Callers.of(ctx), ChangeRequests.read(ctx, GridRoutes::planId,
                (id, version, body) -> {
                    String parent = body.text("parentCode");
                    LocalDate on = body.date("on");
                    JsonNode features = body.node("grids");
                    body.requireWellTyped();
                    var violations = new Violations();
                    var parentCode = code("parentCode", parent, violations);
                    var drafts = drafts("grids", features, violations);
                    violations.throwIfAny();
                    return new GridChange.Revise(id, version, parentCode, drafts, on);
                }, "parentCode", "on", "grids")));
    }

    private Reply assign(Context ctx) {
        return plan(grids.commands().change(Callers.of(ctx), ChangeRequests.read(ctx, GridRoutes::planId,
                (id, version, body) -> {
                    String code = body.text("code");
                    String responsible = body.text("responsibleOrganizationId");
                    LocalDate on = body.date("on");
                    body.requireWellTyped();
                    var violations = new Violations();
                    var parsedCode = code("code", code, violations);
                    var parsedResponsible = responsible == null ? null
                            : violations.check(() -> OrganizationId.parse("responsibleOrganizationId", responsible));
                    violations.throwIfAny();
                    return new GridChange.Assign(id, version, parsedCode, parsedResponsible, on);
                }, "code", "responsibleOrganizationId", "on")));
    }

    private Reply retire(Context ctx) {
        return plan(grids.commands().change(Callers.of(ctx), ChangeRequests.read(ctx, GridRoutes::planId,
                (id, version, body) -> {
                    String code = body.text("code");
                    LocalDate on = body.date("on");
                    body.requireWellTyped();
                    var violations = new Violations();
                    var parsedCode = code("code", code, violations);
                    violations.throwIfAny();
                    return new GridChange.Retire(id, version, parsedCode, on);
                }, "code", "on")));
    }

    private Reply appoint(Context ctx) {
        return plan(grids.commands().change(Callers.of(ctx), ChangeRequests.read(ctx, GridRoutes::planId,
                (id, version, body) -> {
                    String code = body.text("code");
                    var roles = body.objects("roles", "kind", "name", "position");
                    body.requireWellTyped();
                    var violations = new Violations();
                    var parsedCode = code("code", code, violations);
                    List<GridRole> parsed = new ArrayList<>();
                    for (JsonBody role : roles) {
                        parsed.add(role(role.text("kind"), role.text("name"), role.text("position"), "roles.kind",
                                violations));
                    }
                    violations.throwIfAny();
                    return new GridChange.Appoint(id, version, parsedCode, parsed);
                }, "code", "roles")));
    }

    private Reply list(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var level = parameters.optional("level", text -> GridLevel.parse("level", text));
        var town = parameters.optional("townId", text -> OrganizationId.parse("townId", text));
        var parent = parameters.optional("parentId", text -> GridId.parse("parentId", text));
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        var page = parameters.page();
        parameters.requireValid();
        return Reply.ok(PageResource.of(grids.queries().grids(new GridCriteria(level, town, parent, asOf), page)
                .map(GridRoutes::resource)));
    }

    private Reply geojson(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var level = parameters.optional("level", text -> GridLevel.parse("level", text));
        var town = parameters.optional("townId", text -> OrganizationId.parse("townId", text));
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        parameters.requireValid();
        return Reply.ok(new RawBody(GeoJson.MEDIA_TYPE + "; charset=utf-8", JsonWriter.writeBytes(
                GeoJson.featureCollection(grids.queries().territories(level, town, asOf)))));
    }

    private Reply locate(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var lon = parameters.optional("lon", text -> coordinate("lon", text));
        var lat = parameters.optional("lat", text -> coordinate("lat", text));
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        parameters.requireValid();
        var violations = new Violations();
        if (lon == null) {
            violations.add("lon", "is required: the point's longitude (WGS 84)");
        }
        if (lat == null) {
            violations.add("lat", "is required: the point's latitude (WGS 84)");
        }
        violations.throwIfAny();
        var location = grids.queries().locate(lon, lat, asOf).orElseThrow(() -> new AggregateNotFoundException(
                "grid at", "[" + lon + ", " + lat + "]"));
        return Reply.ok(new LocationResource(location.micro() == null ? null : resource(location.micro()),
                location.village() == null ? null : resource(location.village()), resource(location.area())));
    }

    private Reply grid(Context ctx) {
        var id = PathIds.parse(ctx, "grid", text -> GridId.parse("id", text));
        var detail = grids.queries().grid(id, QueryParameters.asOf(ctx));
        return Reply.ok(new GridDetailResource(resource(detail.grid()), detail.parents().stream()
                .map(GridRoutes::resource).toList(), GeoJson.geometry(detail.grid().territory())));
    }

    private Reply coverage(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var town = parameters.optional("townId", text -> OrganizationId.parse("townId", text));
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        parameters.requireValid();
        GridCoverage c = grids.queries().coverage(town, asOf);
        return Reply.ok(new CoverageResource(town == null ? null : town.toString(), c.asOf(), c.towns(), c.areaGrids(),
                c.villageGrids(), c.microGrids(), c.squareKilometres(), c.holds(), problems(c.gaps()),
                problems(c.overlaps()), problems(c.outside()), c.withoutResponsible(), c.organizationsWithoutGrid()
                        .stream().map(o -> new OrganizationResource(o.id().toString(), o.name())).toList(),
                problems(c.otherProblems())));
    }

    private static List<ProblemResource> problems(List<GridProblem> problems) {
        return problems.stream().map(p -> new ProblemResource(p.rule(), p.codes(), p.detail(), p.squareMetres())).toList();
    }

    private static double coordinate(String field, String text) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidValueException(field, "must be a number (degrees, WGS 84)");
    }

    /** The grids of a GeoJSON FeatureCollection, each feature a grid with its properties. */
    static List<GridDraft> drafts(String field, JsonNode collection, Violations violations) {
        List<GridDraft> drafts = new ArrayList<>();
        if (collection == null) {
            return drafts;
        }
        JsonNode type = collection.get("type");
        JsonNode features = collection.get("features");
        if (!collection.isObject() || type == null || !"FeatureCollection".equals(type.asText()) || features == null
                || !features.isArray()) {
            violations.add(field, "must be a GeoJSON FeatureCollection with an array of features");
            return drafts;
        }
        if (features.size() > MAX_FEATURES) {
            violations.add(field + ".features", "holds more than " + MAX_FEATURES + " grids");
            return drafts;
        }
        for (int i = 0; i < features.size(); i++) {
            String at = field + ".features[" + i + "]";
            JsonNode feature = features.get(i);
            if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
                violations.add(at, "must be a GeoJSON Feature");
                continue;
            }
            JsonNode properties = feature.path("properties");
            var territory = GeoJson.territory(at + ".geometry", feature.get("geometry"), violations);
            String code = text(properties, "code");
            String name = text(properties, "name");
            String parent = text(properties, "parentCode");
            String responsible = text(properties, "responsibleOrganizationId");
            var parsedCode = violations.check(() -> GridCode.parse(at + ".properties.code", code));
            var parsedParent = code(at + ".properties.parentCode", parent, violations);
            var parsedResponsible = responsible == null ? null : violations.check(() -> OrganizationId.parse(
                    at + ".properties.responsibleOrganizationId", responsible));
            List<GridRole> roles = new ArrayList<>();
            JsonNode rolesNode = properties.path("roles");
            if (rolesNode.isArray()) {
                for (JsonNode role : rolesNode) {
                    roles.add(role(text(role, "kind"), text(role, "name"), text(role, "position"),
                            at + ".properties.roles.kind", violations));
                }
            }
            if (territory != null && parsedCode != null) {
                var draft = violations.check(() -> {
                    try {
                        return new GridDraft(parsedCode, name, parsedParent, territory, parsedResponsible, roles);
                    } catch (InvalidValueException e) {
                        throw new InvalidValueException(at + ".properties." + e.violations().get(0).field(),
                                e.violations().get(0).message());
                    }
                });
                if (draft != null) {
                    drafts.add(draft);
                }
            }
        }
        return drafts;
    }

    /** A grid code, or null when absent (a bad one joins the violations). */
    private static GridCode code(String field, String text, Violations violations) {
        return text == null ? null : violations.check(() -> GridCode.parse(field, text));
    }

    private static GridRole role(String kind, String name, String position, String kindField, Violations violations) {
        return violations.check(() -> new GridRole(Enums.parse(GridRoleKind.class, kindField, kind), name, position));
    }

    /** A property's text; GeoJSON properties are free-form, so other properties are ignored. */
    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
    }

    private static GridPlanId planId(Context ctx) {
        return PathIds.parse(ctx, "grid plan", text -> GridPlanId.parse("id", text));
    }

    private static GridPlanResource resource(GridPlanView view) {
        return new GridPlanResource(view.id().toString(), view.town().toString(), view.townName(), view.townCode(),
                view.areaGrids(), view.villageGrids(), view.microGrids(), view.squareKilometres(), view.lastChange(),
                view.version());
    }

    static GridResource resource(GridView view) {
        var grid = view.grid();
        return new GridResource(grid.id().toString(), grid.code().value(), grid.level().name(), grid.level().nameZh(),
                grid.name(), grid.parent() == null ? null : grid.parent().toString(), view.parentCode(),
                view.town().toString(), view.townName(), view.responsible() == null ? null : view.responsible().toString(),
                view.responsibleName(), view.active() ? "ACTIVE" : "RETIRED", grid.drawnOn(), grid.retiredOn(),
                grid.roles().stream().map(r -> new RoleResource(r.kind().name(), r.name(), r.position())).toList(),
                view.squareKilometres(), view.asOf(), view.plan().toString(),
                view.planVersion());
    }

    private static Reply plan(GridPlanView view) {
        return Reply.ok(resource(view)).tagged(view.version());
    }
}
