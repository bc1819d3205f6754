package org.ronghe.adapter.http.targetsystem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Callers;
import org.ronghe.adapter.http.support.ChangeRequests;
import org.ronghe.adapter.http.support.JsonBody;
import org.ronghe.adapter.http.support.PageResource;
import org.ronghe.adapter.http.support.PathIds;
import org.ronghe.adapter.http.support.QueryParameters;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.targetsystem.TargetSystemModule;
import org.ronghe.application.targetsystem.port.in.DashboardView;
import org.ronghe.application.targetsystem.port.in.DefineTargetSystemCommand;
import org.ronghe.application.targetsystem.port.in.IndicatorView;
import org.ronghe.application.targetsystem.port.in.TargetSystemChange;
import org.ronghe.application.targetsystem.port.in.TargetSystemView;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.Enums;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Violations;
import org.ronghe.domain.targetsystem.Attainment;
import org.ronghe.domain.targetsystem.AttainmentRollup;
import org.ronghe.domain.targetsystem.Direction;
import org.ronghe.domain.targetsystem.IndicatorCategory;
import org.ronghe.domain.targetsystem.LiveFigure;
import org.ronghe.domain.targetsystem.PlanPeriod;
import org.ronghe.domain.targetsystem.TargetSystemId;

import io.javalin.http.Context;

/**
 * {@code /api/v1/target-systems}: the target system (rule 8). ADMINs define systems and add indicators;
 * operators may call the reading route, and the application lets only the responsible organization's
 * report. Adding an indicator or a reading changes the system, so both take If-Match with its version.
 * Attainment is computed on {@code asOf} (default today, Asia/Shanghai).
 */
public record TargetSystemRoutes(TargetSystemModule targetSystems) implements RouteGroup {

    private static final String SYSTEMS = "/api/v1/target-systems";

    record Live(@ApiDoc.Values(LiveFigure.class) String figure, String definition) {
    }

    record ReadingResource(int number, BigDecimal value, LocalDate asOf, String reporterId,
            @ApiDoc.Nullable String note, @ApiDoc.Nullable String evidence, @ApiDoc.Nullable Integer corrects,
            @ApiDoc.Nullable Integer supersededBy) {
    }

    record IndicatorResource(String code, String title, @ApiDoc.Nullable String titleEn,
            @ApiDoc.Values(IndicatorCategory.class) String category, @ApiDoc.Nullable String unit,
            @ApiDoc.Values(Direction.class) String direction, @ApiDoc.Nullable BigDecimal baseline, BigDecimal target,
            Map<String, BigDecimal> interimTargets, String responsibleId, List<String> projectIds,
            List<String> committeeIds, List<String> areaIds, @ApiDoc.Nullable Live live, LocalDate asOf,
            @ApiDoc.Nullable BigDecimal value, @ApiDoc.Nullable LocalDate valueAsOf,
            @ApiDoc.Values(Attainment.class) String attainment, List<ReadingResource> readings, long systemVersion) {
    }

    record SystemResource(String id, String title, int firstYear, int lastYear, long version, LocalDate asOf,
            List<IndicatorResource> indicators) {
    }

    record SummaryResource(String id, String title, int firstYear, int lastYear, long version, int indicators) {
    }

    record RollupResource(int indicators, Map<String, Integer> counts,
            @ApiDoc.Nullable @ApiDoc.Values(Attainment.class) String worst,
            @ApiDoc.Nullable Integer healthyPercent) {
    }

    record CategoryResource(@ApiDoc.Values(IndicatorCategory.class) String category, RollupResource rollup) {
    }

    record LineResource(String code, String title, @ApiDoc.Nullable String titleEn,
            @ApiDoc.Values(IndicatorCategory.class) String category,
            @ApiDoc.Values(Attainment.class) String attainment, @ApiDoc.Nullable BigDecimal value, BigDecimal target,
            @ApiDoc.Nullable String unit, @ApiDoc.Nullable @ApiDoc.Values(LiveFigure.class) String live) {
    }

    record DashboardResource(String id, String title, int firstYear, int lastYear, long version, LocalDate asOf,
            int elapsedPercent, RollupResource overall,
            @ApiDoc.MinItems(5) @ApiDoc.MaxItems(5) List<CategoryResource> categories,
            List<LineResource> indicators) {
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.create(SYSTEMS, this::define, ApiRole.ADMINS),
                ApiRoute.read(SYSTEMS, this::list),
                ApiRoute.read(SYSTEMS + "/{id}", ctx -> system(targetSystems.queries().system(systemId(ctx),
                        QueryParameters.asOf(ctx)))),
                ApiRoute.command(SYSTEMS + "/{id}/indicators", this::addIndicator, ApiRole.ADMINS),
                ApiRoute.read(SYSTEMS + "/{id}/indicators/{code}", ctx -> indicator(targetSystems.queries()
                        .indicator(systemId(ctx), ctx.pathParam("code"), QueryParameters.asOf(ctx)))),
                ApiRoute.command(SYSTEMS + "/{id}/indicators/{code}/readings", this::report, ApiRole.WRITERS),
                ApiRoute.read(SYSTEMS + "/{id}/dashboard", ctx -> dashboard(targetSystems.queries()
                        .dashboard(systemId(ctx), QueryParameters.asOf(ctx)))));
    }

    @Override
    public ApiDocs docs() {
        return TargetSystemDocs.DOCS;
    }

    private Reply define(Context ctx) {
        var body = JsonBody.of(ctx, "title", "firstYear", "lastYear");
        String title = body.text("title");
        Integer firstYear = body.integer("firstYear");
        Integer lastYear = body.integer("lastYear");
        body.requireWellTyped();
        if (firstYear == null || lastYear == null) {
            throw new InvalidValueException("period", "firstYear and lastYear are required");
        }
        var view = targetSystems.commands().define(Callers.of(ctx), new DefineTargetSystemCommand(title,
                new PlanPeriod(firstYear, lastYear)));
        return Reply.created(SYSTEMS + "/" + view.id(), resource(view)).tagged(view.version());
    }

    private Reply list(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var page = parameters.page();
        parameters.requireValid();
        return Reply.ok(PageResource.of(targetSystems.queries().systems(page).map(TargetSystemRoutes::summary)));
    }

    private Reply addIndicator(Context ctx) {
        return indicator(targetSystems.commands().change(Callers.of(ctx), ChangeRequests.read(ctx,
                TargetSystemRoutes::systemId, TargetSystemRoutes::indicatorToAdd, "code", "title", "titleEn",
                "category", "unit", "direction", "baseline", "target", "interimTargets", "responsibleId", "projectIds",
                "committeeIds", "areaIds", "live")));
    }

    private static TargetSystemChange.AddIndicator indicatorToAdd(TargetSystemId id, long version, JsonBody body) {
        String code = body.text("code");
        String title = body.text("title");
        String titleEn = body.text("titleEn");
        String category = body.text("category");
        String unit = body.text("unit");
        String direction = body.text("direction");
        BigDecimal baseline = body.decimal("baseline");
        BigDecimal target = body.decimal("target");
        Map<String, BigDecimal> interim = body.decimalsByKey("interimTargets");
        String responsible = body.text("responsibleId");
        List<String> projects = body.texts("projectIds");
        List<String> committees = body.texts("committeeIds");
        List<String> areas = body.texts("areaIds");
        String live = body.text("live");
        body.requireWellTyped();
        var violations = new Violations();
        if (title == null) {
            violations.add("title", "is required");
        }
        var parsedTitle = title == null ? null : violations.check(() -> BilingualName.of(title, titleEn));
        var parsedCategory = violations.check(() -> Enums.parse(IndicatorCategory.class, "category", category));
        var parsedDirection = violations.check(() -> Enums.parse(Direction.class, "direction", direction));
        var parsedLive = live == null ? null : violations.check(() -> Enums.parse(LiveFigure.class, "live", live));
        var parsedResponsible = responsible == null ? null
                : violations.check(() -> OrganizationId.parse("responsibleId", responsible));
        var interimTargets = violations.check(() -> TargetSystemChange.AddIndicator.interimTargetsByYear(interim));
        var parsedProjects = ids(projects, "projectIds", ProjectId::parse, violations);
        var parsedCommittees = ids(committees, "committeeIds", CommitteeId::parse, violations);
        var parsedAreas = ids(areas, "areaIds", AreaId::parse, violations);
        violations.throwIfAny();
        return new TargetSystemChange.AddIndicator(id, version, code, parsedTitle, parsedCategory, unit,
                parsedDirection, baseline, target, interimTargets, parsedResponsible, parsedProjects, parsedCommittees,
                parsedAreas, parsedLive);
    }

    private static <T> Set<T> ids(List<String> texts, String field,
            java.util.function.BiFunction<String, String, T> parser, Violations violations) {
        if (texts == null) {
            return Set.of();
        }
        return texts.stream().map(text -> violations.check(() -> parser.apply(field, text)))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }

    private Reply report(Context ctx) {
        return indicator(targetSystems.commands().change(Callers.of(ctx), ChangeRequests.read(ctx,
                TargetSystemRoutes::systemId, (id, version, body) -> {
                    BigDecimal value = body.decimal("value");
                    LocalDate asOf = body.date("asOf");
                    String note = body.text("note");
                    String evidence = body.text("evidence");
                    Integer corrects = body.integer("corrects");
                    body.requireWellTyped();
                    return new TargetSystemChange.ReportReading(id, version, ctx.pathParam("code"), value, asOf, note,
                            evidence, corrects);
                }, "value", "asOf", "note", "evidence", "corrects")));
    }

    private static TargetSystemId systemId(Context ctx) {
        return PathIds.parse(ctx, "target system", text -> TargetSystemId.parse("id", text));
    }

    private static Reply system(TargetSystemView view) {
        return Reply.ok(resource(view)).tagged(view.version());
    }

    private static Reply indicator(IndicatorView view) {
        return Reply.ok(resource(view)).tagged(view.systemVersion());
    }

    private static Reply dashboard(DashboardView view) {
        return Reply.ok(new DashboardResource(view.id().toString(), view.title(), view.period().firstYear(),
                view.period().lastYear(), view.version(), view.asOf(), view.elapsedPercent(), rollup(view.overall()),
                view.categories().stream().map(c -> new CategoryResource(c.category().name(), rollup(c.rollup())))
                        .toList(),
                view.indicators().stream().map(l -> new LineResource(l.code(), l.title().zh(), l.title().en(),
                        l.category().name(), l.attainment().name(), l.value(), l.target(), l.unit(),
                        l.live() == null ? null : l.live().name())).toList())).tagged(view.version());
    }

    private static RollupResource rollup(AttainmentRollup rollup) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rollup.counts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> counts.put(e.getKey().name(), e.getValue()));
        return new RollupResource(rollup.indicators(), counts, rollup.worst() == null ? null : rollup.worst().name(),
                rollup.healthyPercent());
    }

    private static SummaryResource summary(TargetSystemView.Summary s) {
        return new SummaryResource(s.id().toString(), s.title(), s.period().firstYear(), s.period().lastYear(),
                s.version(), s.indicators());
    }

    private static SystemResource resource(TargetSystemView view) {
        return new SystemResource(view.id().toString(), view.title(), view.period().firstYear(),
                view.period().lastYear(), view.version(), view.asOf(),
                view.indicators().stream().map(TargetSystemRoutes::resource).toList());
    }

    private static <T> List<String> sorted(Set<T> ids) {
        return ids.stream().map(Object::toString).sorted().toList();
    }

    private static IndicatorResource resource(IndicatorView i) {
        Map<String, BigDecimal> interim = new TreeMap<>();
        i.interimTargets().forEach((year, value) -> interim.put(String.valueOf(year), value));
        return new IndicatorResource(i.code(), i.title().zh(), i.title().en(), i.category().name(), i.unit(),
                i.direction().name(), i.baseline(), i.target(), interim, i.responsible().toString(),
                sorted(i.projects()), sorted(i.committees()), sorted(i.areas()),
                i.live() == null ? null : new Live(i.live().figure().name(), i.live().definition()), i.asOf(),
                i.value(), i.valueAsOf(), i.attainment().name(),
                i.readings().stream().map(r -> new ReadingResource(r.number(), r.value(), r.asOf(),
                        r.reporter().toString(), r.note(), r.evidence(), r.corrects(), r.supersededBy())).toList(),
                i.systemVersion());
    }
}
