package org.ronghe.adapter.http.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDoc.Query;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.QueryParameters;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RequestIds;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.adapter.http.support.Security;
import org.ronghe.application.access.port.in.AccessQueries;
import org.ronghe.application.cases.CaseModule;
import org.ronghe.application.cases.port.in.CaseView;
import org.ronghe.application.cases.port.in.ReceiveSignalCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.access.AuthenticationFailedException;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.cases.CaseCategory;
import org.ronghe.domain.cases.CaseCriteria;
import org.ronghe.domain.cases.CaseId;
import org.ronghe.domain.cases.CaseStep;
import org.ronghe.domain.cases.GeoPoint;
import org.ronghe.domain.cases.NoCasePolicyException;
import org.ronghe.domain.cases.SignalSource;
import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.DomainException;
import org.ronghe.domain.shared.InvalidValueException;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.javalin.http.Context;

/**
 * The Open311 GeoReport v2 facade ({@code /open311/v2/}, JSON), so that existing Open311 clients and apps file and
 * follow city cases: the categories are the services, a request is a case (as the 12345 hotline reports it),
 * {@code open} or {@code closed} as the loop stands, the department its {@code agency_responsible}. Reading needs no
 * key, as the specification has it; filing needs {@code api_key}, an operator's token secret. Errors are the
 * specification's list of {@code {code, description}}.
 */
public record Open311Routes(CaseModule cases, AccessQueries access) implements RouteGroup {

    static final String BASE = "/open311/v2";
    /** The specification's default and widest window of GET requests, and its most results. */
    static final Duration WINDOW = Duration.ofDays(90);
    static final int MAX_RESULTS = 1_000;
    private static final ZoneId CITY_TIME = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** The facade's requests come in as citizens' reports do. */
    private static final SignalSource SOURCE = SignalSource.HOTLINE_12345;

    record Service(String service_code, String service_name, String description, boolean metadata,
            @ApiDoc.OneOf({"realtime", "batch", "blackbox"}) String type, String keywords, String group) {
    }

    record ServiceDefinition(String service_code, List<Object> attributes) {
    }

    record Created(String service_request_id, @ApiDoc.Nullable String service_notice,
            @ApiDoc.Nullable String account_id) {
    }

    record ServiceRequest(String service_request_id, @ApiDoc.OneOf({"open", "closed"}) String status,
            @ApiDoc.Nullable String status_notes, @ApiDoc.Nullable String service_name, String service_code,
            String description, @ApiDoc.Nullable String agency_responsible, @ApiDoc.Nullable String service_notice,
            String requested_datetime, String updated_datetime, @ApiDoc.Nullable String expected_datetime,
            @ApiDoc.Nullable String address, @ApiDoc.Nullable String address_id, @ApiDoc.Nullable String zipcode,
            double lat, @JsonProperty("long") double longitude, @ApiDoc.Nullable String media_url) {
    }

    /** The specification's error: shown to the person using the client. */
    record Error(int code, String description) {
    }

    /** A refusal in the specification's terms. */
    static final class Open311Exception extends RuntimeException {
        final int status;

        Open311Exception(int status, String description) {
            super(description);
            this.status = status;
        }
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.open(BASE + "/services.json", ctx -> answer(() -> {
                    onlyArguments(ctx, JURISDICTION);
                    return services();
                })),
                ApiRoute.open(BASE + "/services/{serviceCode}.json", ctx -> answer(() -> {
                    onlyArguments(ctx, JURISDICTION);
                    return definition(ctx.pathParam("serviceCode"));
                })),
                // its arguments are the form's; a query argument is refused in the specification's terms
                ApiRoute.signed(BASE + "/requests.json", ctx -> answer(() -> {
                    onlyArguments(ctx);
                    return create(ctx);
                })).refusingItsOwnArguments(),
                ApiRoute.open(BASE + "/requests.json", ctx -> answer(() -> requests(ctx))),
                ApiRoute.open(BASE + "/requests/{id}.json", ctx -> answer(() -> {
                    onlyArguments(ctx, JURISDICTION);
                    return request(ctx.pathParam("id"));
                })));
    }

    private static final String JURISDICTION = "jurisdiction_id";

    /** A query argument the method does not take is refused (400), not ignored. */
    private static void onlyArguments(Context ctx, String... names) {
        Set<String> known = Set.of(names);
        var parameters = new QueryParameters(ctx);
        ctx.queryParamMap().keySet().forEach(name -> parameters.optional(name, text -> text));
        parameters.requireValid(); // marks the arguments checked here, so the platform leaves them to this answer
        for (String name : ctx.queryParamMap().keySet()) {
            if (!known.contains(name)) {
                throw new Open311Exception(400, names.length == 0
                        ? name + " is not an argument here: this method takes its arguments in the form body"
                        : name + " is not an argument here; known: " + String.join(", ", names));
            }
        }
    }

    @FunctionalInterface
    private interface Answer {
        Reply get();
    }

    /** Runs a method, answering its refusals as the specification's list of errors. */
    private static Reply answer(Answer method) {
        try {
            return method.get();
        } catch (Open311Exception e) {
            return error(e.status, e.getMessage());
        } catch (InvalidValueException e) {
            var described = new StringBuilder();
            e.violations().forEach(v -> described.append(described.isEmpty() ? "" : "; ").append(field(v.field()))
                    .append(' ').append(v.message()));
            return error(400, described.toString());
        } catch (AggregateNotFoundException e) {
            return error(404, e.getMessage());
        } catch (AuthenticationFailedException | AccessDeniedException e) {
            return error(403, "invalid api_key: " + e.getMessage());
        } catch (NoCasePolicyException e) {
            return error(400, "no service is offered yet: " + e.getMessage());
        } catch (DomainException e) {
            return error(400, e.getMessage());
        }
    }

    /** Our field names where they differ from the specification's. */
    private static String field(String name) {
        return switch (name) {
            case "category" -> "service_code";
            case "location" -> "lat/long";
            case "photos" -> "media_url";
            default -> name;
        };
    }

    private static Reply error(int status, String description) {
        return new Reply(status, List.of(new Error(status, description)), Map.of());
    }

    private Reply services() {
        List<Service> services = new ArrayList<>();
        policyCategories().forEach((category, department) -> services.add(new Service(category.code(),
                category.name().zh(), category.name().zh() + " · " + category.name().en() + "（" + limits(category)
                        + "）", false, "realtime", category.urgency().name().toLowerCase(java.util.Locale.ROOT),
                department)));
        return Reply.ok(services);
    }

    private static String limits(CaseCategory category) {
        return "签收时限 " + limit(category.toSignFor()) + "，处置时限 " + limit(category.toRespond());
    }

    private static String limit(org.ronghe.domain.cases.TimeLimit limit) {
        return limit.amount() + (limit.countsWorkingTimeOnly() ? " 个工作日" : " 小时");
    }

    /** The policy's categories with their departments' names, none while no policy is adopted. */
    private Map<CaseCategory, String> policyCategories() {
        Map<CaseCategory, String> categories = new java.util.LinkedHashMap<>();
        try {
            var view = cases.queries().policy();
            for (CaseCategory category : view.policy().categories()) {
                categories.put(category, view.departmentNames().get(category.department().toString()));
            }
        } catch (AggregateNotFoundException noPolicyYet) {
            // no service is offered before the district adopts its policy
        }
        return categories;
    }

    private Reply definition(String code) {
        boolean known = policyCategories().keySet().stream().anyMatch(c -> c.code().equals(code));
        if (!known) {
            throw new Open311Exception(404, "service_code " + code + " is not a service here");
        }
        return Reply.ok(new ServiceDefinition(code, List.of()));
    }

    private Reply create(Context ctx) {
        String apiKey = form(ctx, "api_key");
        if (apiKey == null) {
            Security.failedAuthentication(ctx);
            throw new Open311Exception(403, "api_key is required to file a request");
        }
        org.ronghe.application.access.port.in.Authenticated authenticated;
        try {
            authenticated = access.authenticate(apiKey);
        } catch (AuthenticationFailedException e) {
            Security.failedAuthentication(ctx); // an api_key is guessed as a token is: the address's budget counts it
            throw e;
        }
        if (authenticated.actor().role() == Role.READER) {
            throw new Open311Exception(403, "this api_key may read, not file requests");
        }
        String code = form(ctx, "service_code");
        if (code == null) {
            throw new Open311Exception(400, "service_code is required");
        }
        var category = policyCategories().keySet().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new Open311Exception(404, "service_code " + code + " is not a service here"));
        String lat = form(ctx, "lat");
        String lon = form(ctx, "long");
        if (lat == null || lon == null) {
            throw new Open311Exception(400, form(ctx, "address_string") != null || form(ctx, "address_id") != null
                    ? "lat and long are required here: a request is routed to its grid by its point"
                    : "a location is required: lat and long");
        }
        var point = new GeoPoint(number("long", lon), number("lat", lat));
        String description = form(ctx, "description");
        if (description != null && description.length() > 4_000) {
            throw new Open311Exception(400, "description takes at most 4000 characters");
        }
        String media = form(ctx, "media_url");
        // a retry is taken in once when the client sends an Idempotency-Key; without one each POST is a request
        String key = ctx.header("Idempotency-Key");
        String eventId = "open311:" + (key == null || key.isBlank() ? UUID.randomUUID() : key.strip());
        var caller = new Caller(authenticated.actor(), authenticated.token(), RequestIds.of(ctx));
        var intake = cases.commands().receive(caller, new ReceiveSignalCommand(SOURCE, eventId, category.code(),
                point, form(ctx, "address_string"), description == null ? category.name().zh() : description,
                media == null ? List.of() : List.of(media), null));
        var c = intake.cityCase();
        String notice = switch (intake.outcome()) {
            case NEW_CASE -> "已受理，派往" + orEmpty(name(c, c.cityCase().progress().department()));
            case DUPLICATE -> "同一地点已有该类问题在处置中，本次上报已并入该案件";
            case ALREADY_RECEIVED -> "该请求此前已受理";
        };
        return Reply.ok(List.of(new Created(c.cityCase().id().toString(), notice, null)));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static double number(String field, String text) {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Open311Exception(400, field + " must be a number (WGS 84 degrees)");
    }

    /** A form field; sent empty is the same as not sent, as the specification has it. */
    private static String form(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A query argument, empty treated as absent. */
    private static String query(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Reply request(String id) {
        CaseId caseId;
        try {
            caseId = new CaseId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new Open311Exception(404, "service_request_id " + id + " is not a request here");
        }
        return Reply.ok(List.of(resource(cases.queries().cityCase(caseId, null))));
    }

    private Reply requests(Context ctx) {
        onlyArguments(ctx, JURISDICTION, "service_request_id", "service_code", "start_date", "end_date", "status");
        String ids = query(ctx, "service_request_id");
        if (ids != null) {
            // the specification: service_request_id overrides every other argument
            List<ServiceRequest> found = new ArrayList<>();
            for (String id : new LinkedHashSet<>(List.of(ids.split(",")))) {
                try {
                    found.add(resource(cases.queries().cityCase(new CaseId(UUID.fromString(id.strip())), null)));
                } catch (IllegalArgumentException | AggregateNotFoundException notHere) {
                    // an id that is not a request here is left out of the list
                }
            }
            return Reply.ok(found);
        }
        Instant end = instant("end_date", query(ctx, "end_date"));
        Instant start = instant("start_date", query(ctx, "start_date"));
        if (end == null) {
            end = start == null ? Instant.now() : start.plus(WINDOW);
        }
        if (start == null) {
            start = end.minus(WINDOW);
        }
        if (!start.isBefore(end)) {
            throw new Open311Exception(400, "start_date must come before end_date");
        }
        if (Duration.between(start, end).compareTo(WINDOW) > 0) {
            throw new Open311Exception(400, "start_date to end_date may span 90 days at most");
        }
        Boolean open = status(query(ctx, "status"));
        List<String> codes = query(ctx, "service_code") == null ? List.of()
                : List.of(query(ctx, "service_code").split(","));
        List<ServiceRequest> found = new ArrayList<>();
        for (String code : codes.isEmpty() ? java.util.Collections.<String>singletonList(null) : codes) {
            var narrowed = new CaseCriteria(null, null, null, null, code == null ? null : code.strip(), null, open,
                    start, end.plusNanos(1));
            for (int number = 1; number <= MAX_RESULTS / PageRequest.MAX_SIZE; number++) {
                var page = cases.queries().cases(narrowed, new PageRequest(number, PageRequest.MAX_SIZE), null);
                page.items().forEach(view -> found.add(resource(view)));
                if (page.items().size() < PageRequest.MAX_SIZE) {
                    break;
                }
            }
        }
        found.sort(java.util.Comparator.comparing(ServiceRequest::requested_datetime).reversed());
        return Reply.ok(found.size() > MAX_RESULTS ? found.subList(0, MAX_RESULTS) : found);
    }

    /** {@code open}, {@code closed}, both (comma-separated) or neither: null for any. */
    private static Boolean status(String text) {
        if (text == null) {
            return null;
        }
        Set<String> asked = new java.util.HashSet<>();
        for (String part : text.split(",")) {
            String status = part.strip();
            if (!status.equals("open") && !status.equals("closed")) {
                throw new Open311Exception(400, "status must be open, closed or both, was " + status);
            }
            asked.add(status);
        }
        return asked.size() == 2 ? null : asked.contains("open");
    }

    /** A W3C datetime with its offset (2010-01-01T00:00:00Z, 2023-04-04T10:00:00+08:00). */
    private static Instant instant(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new Open311Exception(400, field + " must be a W3C datetime with its offset, such as"
                    + " 2023-04-04T00:00:00+08:00");
        }
    }

    private static String w3c(Instant instant) {
        return instant == null ? null : W3C.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(CITY_TIME)
                .toOffsetDateTime());
    }

    private static String name(CaseView view, Object id) {
        return id == null ? null : view.organizationNames().get(id.toString());
    }

    static ServiceRequest resource(CaseView view) {
        var s = view.cityCase();
        var intake = s.intake();
        var p = s.progress();
        boolean open = p.status().isOpen();
        CaseStep last = s.history().isEmpty() ? null : s.history().get(s.history().size() - 1);
        String notes = p.status().nameZh() + (last != null && last.note() != null ? "：" + last.note() : "");
        return new ServiceRequest(s.id().toString(), open ? "open" : "closed", notes, view.categoryName(),
                intake.category(), intake.description(), name(view, p.department()), null,
                w3c(intake.receivedAt()), w3c(last == null ? intake.receivedAt() : last.at()),
                open ? w3c(view.dueAt()) : null, intake.address(), null, null, intake.location().latitude(),
                intake.location().longitude(), intake.photos().isEmpty() ? null : intake.photos().get(0));
    }

    @Override
    public Schema errorSchema() {
        return Schema.of(List.class, Error.class);
    }

    @Override
    public ApiDocs docs() {
        var jurisdiction = new Query("jurisdiction_id", "{\"type\":\"string\"}",
                "optional: this endpoint serves one jurisdiction and ignores it");
        return ApiDocs.of("open311", "城市事件的 Open311 接口 · Open311 GeoReport v2 facade over city cases (JSON)",
                ApiDoc.get(BASE + "/services.json", "open311Services",
                        "the services: one per case category, its department as group")
                        .query(jurisdiction)
                        .answers("the services", Schema.of(List.class, Service.class)),
                ApiDoc.get(BASE + "/services/{serviceCode}.json", "open311ServiceDefinition",
                        "a service's definition (no attributes: metadata is false for every service)")
                        .query(jurisdiction)
                        .status(404, "not a service here (an Open311 error list)")
                        .answers("the definition", Schema.of(ServiceDefinition.class)),
                ApiDoc.post(BASE + "/requests.json", "open311CreateRequest",
                        "file a request, form-encoded: api_key (an operator's token secret), service_code, lat, long, description, address_string, media_url; taken in as a 12345 report and routed by its point")
                        .description("The answer is a list of one {service_request_id, service_notice, account_id}."
                                + " Idempotency-Key (optional header) makes a retry the same request. Errors are the"
                                + " specification's list of {code, description}: 400 a missing or malformed argument,"
                                + " 403 a missing or invalid api_key, 404 an unknown service_code.")
                        .status(403, "a missing or invalid api_key (an Open311 error list)")
                        .status(404, "not a service here (an Open311 error list)")
                        .etag(false)
                        .answers("the request filed", Schema.of(List.class, Created.class)),
                ApiDoc.get(BASE + "/requests.json", "open311Requests",
                        "requests received in a window of at most 90 days (the last 90 by default), newest first, at most 1000")
                        .query(jurisdiction, Query.text("service_request_id")
                                .describedAs("comma-separated ids; overrides every other argument"),
                                Query.text("service_code").describedAs("comma-separated service codes"),
                                Query.dateTime("start_date"), Query.dateTime("end_date"),
                                Query.text("status").describedAs("open, closed or both, comma-separated"))
                        .answers("the requests", Schema.of(List.class, ServiceRequest.class)),
                ApiDoc.get(BASE + "/requests/{id}.json", "open311Request", "one request, in a list")
                        .query(jurisdiction)
                        .status(404, "not a request here (an Open311 error list)")
                        .answers("the request", Schema.of(List.class, ServiceRequest.class)));
    }
}
