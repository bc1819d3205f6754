package org.ronghe.adapter.http.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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
import org.ronghe.application.cases.CaseModule;
import org.ronghe.application.cases.port.in.AdoptCasePolicyCommand;
import org.ronghe.application.cases.port.in.CaseChange;
import org.ronghe.application.cases.port.in.CaseIntakeView;
import org.ronghe.application.cases.port.in.CasePolicyView;
import org.ronghe.application.cases.port.in.CaseView;
import org.ronghe.application.cases.port.in.ReceiveSignalCommand;
import org.ronghe.domain.cases.CaseCategory;
import org.ronghe.domain.cases.CaseCriteria;
import org.ronghe.domain.cases.CaseFigureQuery;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.cases.CaseLevel;
import org.ronghe.domain.cases.CaseStatus;
import org.ronghe.domain.cases.CaseStep;
import org.ronghe.domain.cases.GeoPoint;
import org.ronghe.domain.cases.ShortBoardRule;
import org.ronghe.domain.cases.SignalSource;
import org.ronghe.domain.cases.TimeLimit;
import org.ronghe.domain.cases.Urgency;
import org.ronghe.domain.cases.WorkingCalendar;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.grid.GridId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.Enums;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Violations;

import io.javalin.http.Context;

/**
 * {@code /api/v1/signals}, {@code /api/v1/cases} and {@code /api/v1/case-policy}: city signals taken in and
 * handled in a closed loop. Any operator reports a signal (its {@code Idempotency-Key} is the source's event id);
 * the town's operators file, dispatch, verify and close in their town, the department's operators sign for, return,
 * handle and respond on the cases dispatched to them; the ADMIN adopts the case policy. Every caller reads.
 */
public record CaseRoutes(CaseModule cases) implements RouteGroup {

    static final String SIGNALS = "/api/v1/signals";
    static final String CASES = "/api/v1/cases";
    static final String POLICY = "/api/v1/case-policy";
    static final String FIGURES = "/api/v1/case-figures";
    static final String SHORT_BOARDS = "/api/v1/short-board-problems";

    record PointResource(double longitude, double latitude) {
    }

    record StepResource(Instant at, @ApiDoc.Values(org.ronghe.domain.cases.CaseAction.class) String action,
            String actionZh, @ApiDoc.Values(CaseStatus.class) String status, String statusZh,
            @ApiDoc.Nullable @ApiDoc.About("the organization that took it; null for the system and the district's admin") String byId,
            @ApiDoc.Nullable String byName, @ApiDoc.Nullable String note, List<String> photos) {
    }

    record CaseResource(String id, @ApiDoc.Values(SignalSource.class) String source, String sourceZh,
            String sourceEventId, String category, @ApiDoc.Nullable String categoryName,
            @ApiDoc.Values(CaseStatus.class) String status, String statusZh,
            @ApiDoc.Values(CaseLevel.class) @ApiDoc.About("the grid level that answers for it now (one up per escalation)") String level,
            String levelZh, PointResource location, @ApiDoc.Nullable String address, String description,
            List<String> photos, @ApiDoc.Nullable Instant reportedAt, Instant receivedAt,
            @ApiDoc.Nullable @ApiDoc.About("null while a case outside every grid waits to be filed to a town") String townId,
            @ApiDoc.Nullable String townName, @ApiDoc.Nullable String microGridId, @ApiDoc.Nullable String microGridCode,
            @ApiDoc.Nullable String villageGridId, @ApiDoc.Nullable String villageGridCode,
            @ApiDoc.Nullable String areaGridId, @ApiDoc.Nullable String areaGridCode,
            @ApiDoc.Nullable String answeringGridCode, String departmentId, @ApiDoc.Nullable String departmentName,
            @ApiDoc.Nullable String handlerId, @ApiDoc.Nullable String handlerName,
            @ApiDoc.Nullable @ApiDoc.About("when the limit of the step it waits for passes") Instant dueAt,
            boolean overdue, @ApiDoc.About("a limit passed before its step at some point") boolean late,
            int duplicates, int returns, int escalations, @ApiDoc.Nullable Instant dispatchedAt,
            @ApiDoc.Nullable Instant signedForAt, @ApiDoc.Nullable Instant respondedAt,
            @ApiDoc.Nullable Instant closedAt, Instant asOf, long version) {
    }

    record CaseDetailResource(CaseResource cityCase, List<StepResource> history) {
    }

    record IntakeResource(@ApiDoc.Values(CaseIntakeView.Outcome.class) String outcome, CaseDetailResource cityCase) {
    }

    record LimitResource(int amount, @ApiDoc.Values(TimeLimit.LimitUnit.class) String unit) {
    }

    record CategoryResource(String code, String nameZh, String nameEn, String departmentId,
            @ApiDoc.Nullable String departmentName, @ApiDoc.Values(Urgency.class) String urgency, String urgencyZh,
            LimitResource toSignFor, LimitResource toRespond, long repeatWindowHours, int repeatMetres) {
    }

    record CalendarResource(List<LocalDate> holidays, List<LocalDate> makeUpWorkingDays) {
    }

    record ShortBoardResource(int cases, int days) {
    }

    record PolicyResource(String id, List<CategoryResource> categories, CalendarResource calendar,
            ShortBoardResource shortBoard, long version) {
    }

    record FigureRowResource(@ApiDoc.Nullable @ApiDoc.About("a town's, village grid's or department's id, or a category's code; null for cases outside every grid") String key,
            @ApiDoc.Nullable String name, long received, long closed, long closedOnTime, long openPastLimit,
            @ApiDoc.Nullable @ApiDoc.About("closed on time over closed plus open past their limit, 0 to 1") Double onTimeRate,
            @ApiDoc.Nullable Double medianHoursToSignFor, @ApiDoc.Nullable Double medianHoursToClose,
            long duplicates, long escalations, long returns) {
    }

    record ShortBoardProblemResource(String id, String category, String categoryName, String villageGridId,
            String villageGridCode, String townId, @ApiDoc.Nullable String townName,
            @ApiDoc.Nullable @ApiDoc.About("the area fusion committee the town sits in, or the promotion committee") String committeeId,
            @ApiDoc.Nullable String committeeName, int cases, int days, Instant raisedAt,
            @ApiDoc.About("the draft agenda item, in Chinese") String problem,
            @ApiDoc.About("the link that puts it on a meeting's agenda (POST /api/v1/meetings/{id}/agenda)") String agendaLink) {
    }

    record FiguresResource(@ApiDoc.OneOf({"town", "grid", "department", "category"}) String by, Instant asOf,
            @ApiDoc.Nullable LocalDate from, @ApiDoc.Nullable LocalDate to, List<FigureRowResource> rows) {
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.create(POLICY, this::adoptPolicy, ApiRole.ADMINS),
                ApiRoute.command(POLICY + "/revise", this::revisePolicy, ApiRole.ADMINS),
                ApiRoute.read(POLICY, ctx -> {
                    new QueryParameters(ctx).requireValid();
                    return policy(cases.queries().policy());
                }),
                ApiRoute.create(SIGNALS, this::receive, ApiRole.WRITERS),
                ApiRoute.read(CASES, this::list),
                ApiRoute.read(FIGURES, this::figures),
                ApiRoute.read(SHORT_BOARDS, this::shortBoards),
                ApiRoute.read(CASES + "/{id}", ctx -> detail(cases.queries().cityCase(caseId(ctx), asOf(ctx)))),
                step("file", (id, version, body) -> {
                    String town = body.text("townId");
                    body.requireWellTyped();
                    return new CaseChange.File(id, version, town == null ? null
                            : OrganizationId.parse("townId", town));
                }, "townId"),
                step("invalidate", (id, version, body) -> new CaseChange.Invalidate(id, version, body.text("reason")),
                        "reason"),
                step("dispatch", (id, version, body) -> {
                    String department = body.text("departmentId");
                    body.requireWellTyped();
                    return new CaseChange.Dispatch(id, version, department == null ? null
                            : OrganizationId.parse("departmentId", department));
                }, "departmentId"),
                step("sign-for", (id, version, body) -> new CaseChange.SignFor(id, version)),
                step("return", (id, version, body) -> new CaseChange.Return(id, version, body.text("reason")),
                        "reason"),
                step("start-handling", (id, version, body) -> new CaseChange.StartHandling(id, version)),
                step("respond", (id, version, body) -> new CaseChange.Respond(id, version, body.text("answer"),
                        body.texts("photos")), "answer", "photos"),
                step("verify", (id, version, body) -> {
                    Boolean passed = body.bool("passed");
                    String finding = body.text("finding");
                    body.requireWellTyped();
                    if (passed == null) {
                        throw new InvalidValueException("passed", "is required: true when the problem is gone");
                    }
                    return new CaseChange.Verify(id, version, passed, finding);
                }, "passed", "finding"),
                step("close", (id, version, body) -> new CaseChange.Close(id, version)),
                step("suspend", (id, version, body) -> new CaseChange.Suspend(id, version, body.text("reason")),
                        "reason"),
                step("resume", (id, version, body) -> new CaseChange.Resume(id, version)));
    }

    @Override
    public ApiDocs docs() {
        return CaseDocs.DOCS;
    }

    /** One action route of the loop: If-Match, a body of the step's fields (left out when it has none). */
    private ApiRoute step(String action, ChangeRequests.Reader<CaseId, CaseChange> reader, String... fields) {
        return ApiRoute.command(CASES + "/{id}/" + action, ctx -> detail(cases.commands().change(Callers.of(ctx),
                ChangeRequests.readOptionalBody(ctx, CaseRoutes::caseId, reader, fields))), ApiRole.WRITERS);
    }

    private Reply receive(Context ctx) {
        String eventId = ctx.header("Idempotency-Key");
        var body = JsonBody.of(ctx, "source", "category", "location", "address", "description", "photos",
                "reportedAt");
        var command = signal(body, null, eventId, "Idempotency-Key");
        return intake(cases.commands().receive(Callers.of(ctx), command));
    }

    /**
     * A signal as a source's body says it, under the source's event id.
     *
     * @param fixed        the source every delivery of the route comes from, or null to read {@code source}
     * @param eventIdField where the event id was found, to name it when it is missing
     */
    static ReceiveSignalCommand signal(JsonBody body, SignalSource fixed, String eventId, String eventIdField) {
        String source = fixed == null ? body.text("source") : fixed.name();
        String category = body.text("category");
        JsonBody location = body.object("location", "longitude", "latitude");
        Double longitude = location == null ? null : location.number("longitude");
        Double latitude = location == null ? null : location.number("latitude");
        String address = body.text("address");
        String description = body.text("description");
        List<String> photos = body.texts("photos");
        String reportedAt = body.text("reportedAt");
        body.requireWellTyped();
        var violations = new Violations();
        if (eventId == null || eventId.isBlank()) {
            violations.add(eventIdField, "is required: the source's own id for the event, so a retry is taken in"
                    + " once");
        }
        var parsedSource = source == null ? null
                : violations.check(() -> Enums.parse(SignalSource.class, "source", source));
        GeoPoint point = null;
        if (location != null && (longitude == null || latitude == null)) {
            violations.add("location", "needs both longitude and latitude (WGS 84 degrees)");
        } else if (location != null) {
            point = violations.check(() -> new GeoPoint(longitude, latitude));
        }
        Instant reported = reportedAt == null ? null : violations.check(() -> Dates.instant("reportedAt", reportedAt));
        violations.throwIfAny();
        return new ReceiveSignalCommand(parsedSource, eventId, category, point, address, description, photos,
                reported);
    }

    static Reply intake(CaseIntakeView view) {
        var resource = new IntakeResource(view.outcome().name(), detailResource(view.cityCase()));
        long version = view.cityCase().cityCase().version();
        return view.outcome() == CaseIntakeView.Outcome.NEW_CASE
                ? Reply.created(CASES + "/" + view.cityCase().cityCase().id(), resource).tagged(version)
                : Reply.ok(resource).tagged(version);
    }

    private Reply list(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var status = parameters.optional("status", text -> Enums.parse(CaseStatus.class, "status", text));
        var town = parameters.optional("townId", text -> OrganizationId.parse("townId", text));
        var grid = parameters.optional("gridId", text -> GridId.parse("gridId", text));
        var department = parameters.optional("departmentId", text -> OrganizationId.parse("departmentId", text));
        var category = parameters.optional("category", text -> text);
        boolean overdue = parameters.flag("overdue");
        var asOf = parameters.optional("asOf", text -> Dates.instant("asOf", text));
        var q = ListFilters.q(parameters);
        var page = parameters.page();
        parameters.requireValid();
        var criteria = new CaseCriteria(status, town, grid, department, category, null).saying(q);
        var found = overdue ? cases.queries().overdueCases(criteria, page, asOf)
                : cases.queries().cases(criteria, page, asOf);
        return Reply.ok(PageResource.of(found.map(CaseRoutes::resource)));
    }

    private Reply shortBoards(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var committee = parameters.optional("committeeId", text -> CommitteeId.parse("committeeId", text));
        var town = parameters.optional("townId", text -> OrganizationId.parse("townId", text));
        var category = parameters.optional("category", text -> text);
        var page = parameters.page();
        parameters.requireValid();
        return Reply.ok(PageResource.of(cases.queries().shortBoardProblems(committee, town, category, page).map(v -> {
            var s = v.problem();
            return new ShortBoardProblemResource(s.id().toString(), s.category(), v.categoryName(),
                    s.villageGrid().toString(), s.villageGridCode(), s.town().toString(), v.townName(),
                    s.committee() == null ? null : s.committee().toString(), v.committeeName(), s.cases(), s.days(),
                    s.raisedAt(), s.problem(), "short-board:" + s.id());
        })));
    }

    private Reply figures(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var by = parameters.optional("by", text -> Enums.parse(CaseFigureQuery.Grouping.class, "by",
                text.toUpperCase(java.util.Locale.ROOT)));
        var asOf = parameters.optional("asOf", text -> Dates.instant("asOf", text));
        var from = parameters.optional("from", text -> Dates.parse("from", text));
        var to = parameters.optional("to", text -> Dates.parse("to", text));
        parameters.requireValid();
        if (by == null) {
            throw new InvalidValueException("by", "is required: town, grid, department or category");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidValueException("to", "must not come before from");
        }
        var view = cases.queries().figures(by, from == null ? null : from.atStartOfDay(WorkingCalendar.CITY_TIME)
                .toInstant(), to == null ? null : to.plusDays(1).atStartOfDay(WorkingCalendar.CITY_TIME).toInstant(),
                asOf);
        List<FigureRowResource> rows = new ArrayList<>();
        for (var row : view.rows()) {
            var f = row.figure();
            rows.add(new FigureRowResource(f.key(), row.name(), f.received(), f.closed(), f.closedOnTime(),
                    f.openPastLimit(), round(f.onTimeRate(), 4), round(f.medianHoursToSignFor(), 2),
                    round(f.medianHoursToClose(), 2), f.duplicates(), f.escalations(), f.returns()));
        }
        return Reply.ok(new FiguresResource(by.name().toLowerCase(java.util.Locale.ROOT), view.asOf(), from, to,
                rows));
    }

    private static Double round(Double value, int decimals) {
        return value == null ? null : java.math.BigDecimal.valueOf(value)
                .setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private Reply adoptPolicy(Context ctx) {
        var body = JsonBody.of(ctx, "categories", "calendar", "shortBoard");
        var view = cases.commands().adoptPolicy(Callers.of(ctx), policyCommand(0, body));
        return Reply.created(POLICY, policyResource(view)).tagged(view.policy().version());
    }

    private Reply revisePolicy(Context ctx) {
        return policy(cases.commands().adoptPolicy(Callers.of(ctx), ChangeRequests.read(ctx, c -> POLICY,
                (id, version, body) -> policyCommand(version, body), "categories", "calendar", "shortBoard")));
    }

    private static AdoptCasePolicyCommand policyCommand(long expectedVersion, JsonBody body) {
        var categories = body.objects("categories", "code", "nameZh", "nameEn", "departmentId", "urgency",
                "toSignFor", "toRespond", "repeatWindowHours", "repeatMetres");
        var read = new ArrayList<CategoryFields>();
        for (int i = 0; i < categories.size(); i++) {
            read.add(CategoryFields.of(categories.get(i), "categories[" + i + "]"));
        }
        JsonBody calendar = body.object("calendar", "holidays", "makeUpWorkingDays");
        List<String> holidays = calendar == null ? null : calendar.texts("holidays");
        List<String> makeUp = calendar == null ? null : calendar.texts("makeUpWorkingDays");
        JsonBody shortBoard = body.object("shortBoard", "cases", "days");
        Integer shortBoardCases = shortBoard == null ? null : shortBoard.integer("cases");
        Integer shortBoardDays = shortBoard == null ? null : shortBoard.integer("days");
        body.requireWellTyped();
        var violations = new Violations();
        List<CaseCategory> parsed = new ArrayList<>();
        for (CategoryFields fields : read) {
            var category = fields.parse(violations);
            if (category != null) {
                parsed.add(category);
            }
        }
        WorkingCalendar parsedCalendar = calendar == null ? null : violations.check(() -> within("calendar",
                () -> new WorkingCalendar(days("holidays", holidays), days("makeUpWorkingDays", makeUp))));
        // the rule names its fields shortBoard.cases and shortBoard.days itself
        ShortBoardRule rule = shortBoard == null ? null : violations.check(() -> new ShortBoardRule(
                shortBoardCases == null ? 0 : shortBoardCases, shortBoardDays == null ? 0 : shortBoardDays));
        violations.throwIfAny();
        return new AdoptCasePolicyCommand(expectedVersion, parsed, parsedCalendar, rule);
    }

    /** A value read from a nested object, its violation named by the object's path. */
    private static <T> T within(String path, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(path + "." + e.violations().get(0).field(), e.violations().get(0).message());
        }
    }

    /** A category's fields as the body has them, read before any is judged (so every type error is told). */
    private record CategoryFields(String at, String code, String nameZh, String nameEn, String department,
            String urgency, JsonBody toSignFor, Integer signForAmount, String signForUnit, JsonBody toRespond,
            Integer respondAmount, String respondUnit, Integer repeatWindowHours, Integer repeatMetres) {

        static CategoryFields of(JsonBody body, String at) {
            JsonBody signFor = body.object("toSignFor", "amount", "unit");
            JsonBody respond = body.object("toRespond", "amount", "unit");
            return new CategoryFields(at, body.text("code"), body.text("nameZh"), body.text("nameEn"),
                    body.text("departmentId"), body.text("urgency"), signFor,
                    signFor == null ? null : signFor.integer("amount"), signFor == null ? null : signFor.text("unit"),
                    respond, respond == null ? null : respond.integer("amount"),
                    respond == null ? null : respond.text("unit"), body.integer("repeatWindowHours"),
                    body.integer("repeatMetres"));
        }

        CaseCategory parse(Violations violations) {
            return violations.check(() -> within(at, () -> {
                try {
                    return new CaseCategory(code, BilingualName.of(nameZh, nameEn),
                            department == null ? null : OrganizationId.parse("departmentId", department),
                            urgency == null ? null : Enums.parse(Urgency.class, "urgency", urgency),
                            limit("toSignFor", toSignFor, signForAmount, signForUnit),
                            limit("toRespond", toRespond, respondAmount, respondUnit),
                            Duration.ofHours(repeatWindowHours == null ? 0 : repeatWindowHours),
                            repeatMetres == null ? 0 : repeatMetres);
                } catch (InvalidValueException e) {
                    if ("repeatWindow".equals(e.violations().get(0).field())) {
                        throw new InvalidValueException("repeatWindowHours", e.violations().get(0).message());
                    }
                    throw e;
                }
            }));
        }

        private static TimeLimit limit(String field, JsonBody given, Integer amount, String unit) {
            if (given == null || amount == null || unit == null) {
                throw new InvalidValueException(field, "is required: an amount and a unit (HOURS or WORKING_DAYS)");
            }
            return new TimeLimit(amount, Enums.parse(TimeLimit.LimitUnit.class, field + ".unit", unit));
        }
    }

    private static java.util.Set<LocalDate> days(String field, List<String> texts) {
        var days = new TreeSet<LocalDate>();
        for (String text : texts == null ? List.<String>of() : texts) {
            days.add(Dates.parse(field, text));
        }
        return days;
    }

    private static Instant asOf(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var asOf = parameters.optional("asOf", text -> Dates.instant("asOf", text));
        parameters.requireValid();
        return asOf;
    }

    private static CaseId caseId(Context ctx) {
        return PathIds.parse(ctx, "case", text -> CaseId.parse("id", text));
    }

    static CaseResource resource(CaseView view) {
        var s = view.cityCase();
        var intake = s.intake();
        var p = s.progress();
        var routing = p.routing();
        Map<String, String> names = view.organizationNames();
        return new CaseResource(s.id().toString(), intake.source().name(), intake.source().nameZh(),
                intake.sourceEventId(), intake.category(), view.categoryName(), p.status().name(),
                p.status().nameZh(), p.level().name(), p.level().nameZh(),
                new PointResource(intake.location().longitude(), intake.location().latitude()), intake.address(),
                intake.description(), intake.photos(), intake.reportedAt(), intake.receivedAt(), text(routing.town()),
                name(routing.town(), names), text(routing.microGrid()), routing.microCode(),
                text(routing.villageGrid()), routing.villageCode(), text(routing.areaGrid()), routing.areaCode(),
                view.answeringGridCode(), p.department().toString(), name(p.department(), names), text(p.handler()),
                name(p.handler(), names), view.dueAt(), view.overdue(), p.late(), p.duplicates(), p.returns(),
                p.escalations(), p.dispatchedAt(), p.signedForAt(), p.respondedAt(), p.closedAt(), view.asOf(),
                s.version());
    }

    static CaseDetailResource detailResource(CaseView view) {
        List<StepResource> history = new ArrayList<>();
        for (CaseStep step : view.cityCase().history()) {
            history.add(new StepResource(step.at(), step.action().name(), step.action().nameZh(),
                    step.status().name(), step.status().nameZh(), text(step.by()),
                    name(step.by(), view.organizationNames()), step.note(), step.photos()));
        }
        return new CaseDetailResource(resource(view), history);
    }

    private static Reply detail(CaseView view) {
        return Reply.ok(detailResource(view)).tagged(view.cityCase().version());
    }

    private static PolicyResource policyResource(CasePolicyView view) {
        var s = view.policy();
        List<CategoryResource> categories = new ArrayList<>();
        for (CaseCategory c : s.categories()) {
            categories.add(new CategoryResource(c.code(), c.name().zh(), c.name().en(), c.department().toString(),
                    view.departmentNames().get(c.department().toString()), c.urgency().name(), c.urgency().nameZh(),
                    limit(c.toSignFor()), limit(c.toRespond()), c.repeatWindow().toHours(), c.repeatMetres()));
        }
        return new PolicyResource(s.id().toString(), categories, new CalendarResource(
                new ArrayList<>(new TreeSet<>(s.calendar().holidays())),
                new ArrayList<>(new TreeSet<>(s.calendar().makeUpWorkingDays()))),
                new ShortBoardResource(s.shortBoard().cases(), s.shortBoard().days()), s.version());
    }

    private static Reply policy(CasePolicyView view) {
        return Reply.ok(policyResource(view)).tagged(view.policy().version());
    }

    private static LimitResource limit(TimeLimit limit) {
        return new LimitResource(limit.amount(), limit.unit().name());
    }

    private static String text(Object id) {
        return id == null ? null : id.toString();
    }

    private static String name(OrganizationId id, Map<String, String> names) {
        return id == null ? null : names.get(id.toString());
    }
}
