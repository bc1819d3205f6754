package org.ronghe.adapter.http.docs;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.RouteGroup;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.naming.SchemaDefinitionNamingStrategy;

import io.javalin.http.HandlerType;

/**
 * Generates the OpenAPI 3.1 document from what the code declares: each route group's
 * {@link ApiRoute}s (method, path, roles, whether it creates) and {@link ApiDocs} (tag, summaries,
 * query parameters, the records read and answered), the JSON Schemas of those records from victools.
 * The statuses and headers a route always has follow from its kind: a public read, a read, a create
 * (Idempotency-Key) or a command on a resource (If-Match).
 */
public final class OpenApi {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final String PROBLEM = "application/problem+json";

    private static final String DESCRIPTION = "融合型党建 (integrated party building): organizations, areas, fusion "
            + "committees, their meetings and follow-up tasks, co-work activities, domain projects, the target system, "
            + "tokens and the audit trail. Every error is RFC 9457 application/problem+json. Every change needs "
            + "If-Match with the ETag of a GET; every create accepts Idempotency-Key. Roles per operation are listed in "
            + "x-roles. This document is generated from the routes the server registers.";

    /** What each status a route's kind has means. */
    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(401, "no valid bearer token"),
            Map.entry(403, "the caller may not do this"),
            Map.entry(404, "unknown id or route"),
            Map.entry(409, "a rule forbids it in the current state"),
            Map.entry(412, "If-Match is stale"),
            Map.entry(413, "body over 1 MB"),
            Map.entry(415, "body is not application/json"),
            Map.entry(422, "unknown reference, or an Idempotency-Key reused with another request"),
            Map.entry(428, "If-Match missing"),
            Map.entry(429, "rate limit, or (a write) the server carries as many writes as it takes at once; retry after "
                    + "Retry-After seconds"),
            Map.entry(503, "the storage cannot be reached or is busy: the request was not carried out (a write cut off "
                    + "while committing may have been); retry after Retry-After seconds, a create with the same "
                    + "Idempotency-Key"));

    private OpenApi() {
    }

    /** The error statuses of a route, by its kind. */
    static List<Integer> errorStatuses(ApiRoute route) {
        if (route.isPublic()) {
            return List.of(400);
        }
        if (route.isSigned()) {
            return List.of(400, 401, 413, 415, 503);
        }
        if (route.creates()) {
            return List.of(400, 401, 403, 409, 413, 415, 422, 429, 503);
        }
        if (route.method() == HandlerType.POST) {
            return List.of(400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 429, 503);
        }
        return List.of(400, 401, 403, 404, 429, 503);
    }

    /** The document for these route groups, as JSON. */
    public static byte[] document(List<RouteGroup> groups) {
        try {
            return MAPPER.writeValueAsBytes(tree(groups));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode tree(List<RouteGroup> groups) {
        Map<String, ApiDoc.Component> shown = new HashMap<>();
        groups.forEach(group -> group.docs().components().forEach(c -> shown.put(key(c.record(), c.name()), c)));
        SchemaBuilder schemas = schemaGenerator(shown).buildMultipleSchemaDefinitions();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("openapi", "3.1.0");
        root.putObject("info").put("title", "Ronghe API").put("version", "1").put("description", DESCRIPTION);
        root.putArray("servers").addObject().put("url", "/");
        ArrayNode tags = root.putArray("tags");
        ObjectNode paths = root.putObject("paths");
        Set<String> tagged = new LinkedHashSet<>();
        for (RouteGroup group : groups) {
            ApiDocs docs = group.docs();
            Map<String, ApiDoc> byKey = new HashMap<>();
            docs.operations().forEach(doc -> {
                if (byKey.put(doc.key(), doc) != null) {
                    throw new IllegalStateException(doc.key() + " is documented twice");
                }
            });
            for (ApiRoute route : group.routes()) {
                if (DocsRoutes.isViewer(route.path())) {
                    continue;
                }
                ApiDoc doc = byKey.remove(route.method().name() + " " + route.path());
                if (doc == null) {
                    throw new IllegalStateException(route.method() + " " + route.path()
                            + " has no ApiDoc: list one in its route group's docs()");
                }
                ObjectNode item = paths.has(route.path()) ? (ObjectNode) paths.get(route.path())
                        : paths.putObject(route.path());
                item.set(route.method().name().toLowerCase(java.util.Locale.ROOT),
                        operation(route, doc, docs.tag(), schemas, group.errorSchema()));
            }
            if (!byKey.isEmpty()) {
                throw new IllegalStateException("documented, but no such route: " + byKey.keySet());
            }
            if (!docs.operations().isEmpty() && tagged.add(docs.tag())) {
                tags.addObject().put("name", docs.tag()).put("description", docs.tagDescription());
            }
        }
        ObjectNode components = root.putObject("components");
        components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer")
                .put("description", "an API token: Authorization: Bearer <secret>. Never in the query string.");
        components.set("schemas", sorted(schemas.collectDefinitions("components/schemas")));
        root.putArray("security").addObject().putArray("bearer");
        return root;
    }

    private static ObjectNode operation(ApiRoute route, ApiDoc doc, String tag, SchemaBuilder schemas,
            ApiDoc.Schema errorSchema) {
        ObjectNode operation = MAPPER.createObjectNode();
        operation.putArray("tags").add(tag);
        operation.put("operationId", doc.operationId());
        operation.put("summary", doc.summary());
        if (doc.description() != null) {
            operation.put("description", doc.description());
        }
        ArrayNode roles = operation.putArray("x-roles");
        Arrays.stream(ApiRole.values()).filter(route.roles()::contains).forEach(role -> roles.add(role.name()));
        if (route.isPublic() || route.isSigned()) {
            operation.putArray("security");
        }
        ArrayNode parameters = MAPPER.createArrayNode();
        Matcher names = PATH_PARAMETER.matcher(route.path());
        while (names.find()) {
            ObjectNode parameter = parameters.addObject().put("name", names.group(1)).put("in", "path")
                    .put("required", true);
            ObjectNode schema = parameter.putObject("schema").put("type", "string");
            if (!names.group(1).equals("code") && !names.group(1).equals("asset")
                    && !names.group(1).equals("serviceCode")) {
                schema.put("format", "uuid");
            }
        }
        boolean command = route.method() == HandlerType.POST && !route.creates() && !route.isSigned();
        if (command) {
            parameters.addObject().put("name", "If-Match").put("in", "header").put("required", true)
                    .put("description", "the ETag of the version the change is based on, e.g. \"3\"")
                    .putObject("schema").put("type", "string");
        }
        if (route.creates()) {
            parameters.addObject().put("name", "Idempotency-Key").put("in", "header").put("required", false)
                    .put("description", "makes the create safe to retry: a replay answers the first response; keys are"
                            + " per token, kept at least 24 hours")
                    .putObject("schema").put("type", "string").put("maxLength", 200);
        }
        for (ApiDoc.Query query : doc.query()) {
            ObjectNode parameter = parameters.addObject().put("name", query.name()).put("in", query.in());
            if (query.in().equals("header")) {
                parameter.put("required", true);
            }
            if (query.description() != null) {
                parameter.put("description", query.description());
            }
            parameter.set("schema", json(query.schema()));
        }
        if (!parameters.isEmpty()) {
            operation.set("parameters", parameters);
        }
        if (doc.request() != null) {
            ObjectNode media = operation.putObject("requestBody").put("required", true).putObject("content")
                    .putObject("application/json");
            media.set("schema", reference(schemas, doc.request()));
            if (!doc.examples().isEmpty()) {
                ObjectNode examples = media.putObject("examples");
                doc.examples().forEach((name, example) -> examples.putObject(name).set("value", json(example)));
            }
        }
        ObjectNode responses = operation.putObject("responses");
        int success = doc.successStatus() != 0 ? doc.successStatus() : route.creates() ? 201 : 200;
        ObjectNode answer = responses.putObject(String.valueOf(success));
        answer.put("description", doc.successDescription() == null ? "done" : doc.successDescription());
        ObjectNode media = answer.putObject("content").putObject(doc.mediaType());
        if (doc.response() != null) {
            media.set("schema", reference(schemas, doc.response())); // filled in when the definitions are collected
        } else {
            // a JSON document (application/json or a +json type such as GeoJSON's, RFC 6839) is an object
            boolean json = doc.mediaType().equals("application/json") || doc.mediaType().endsWith("+json");
            media.putObject("schema").put("type", json ? "object" : "string");
        }
        boolean etag = doc.etag() != null ? doc.etag()
                : !route.isPublic() && (route.method() == HandlerType.POST || route.path().endsWith("}"));
        boolean location = route.creates() || success == 201;
        if (etag || location) {
            ObjectNode headers = answer.putObject("headers");
            if (etag) {
                headers.putObject("ETag").put("description", "the version, quoted: send it back in If-Match")
                        .putObject("schema").put("type", "string");
            }
            if (location) {
                headers.putObject("Location").put("description", "the new resource").putObject("schema")
                        .put("type", "string");
            }
        }
        Map<Integer, String> errors = new TreeMap<>();
        for (int status : errorStatuses(route)) {
            errors.put(status, status == 400 ? (route.method() == HandlerType.GET
                    ? "invalid input (a query parameter the route does not take, among others)" : "invalid input")
                    : MEANINGS.get(status));
        }
        errors.putAll(doc.statuses());
        errors.forEach((status, meaning) -> {
            if (status < 300) {
                // another success (a create that found its resource already there): the same answer, no Location
                ObjectNode also = responses.putObject(String.valueOf(status)).put("description", meaning);
                also.putObject("content").set(doc.mediaType(), media.deepCopy());
                if (etag) {
                    also.putObject("headers").putObject("ETag").put("description",
                            "the version, quoted: send it back in If-Match").putObject("schema").put("type", "string");
                }
                return;
            }
            ObjectNode error = responses.putObject(String.valueOf(status)).put("description", meaning);
            if (status == 429 || status == 503) {
                error.putObject("headers").putObject("Retry-After").put("description", "seconds to wait")
                        .putObject("schema").put("type", "string");
            }
            if (errorSchema != null) {
                error.putObject("content").putObject("application/json").set("schema", reference(schemas, errorSchema));
                return;
            }
            error.putObject("content").putObject(PROBLEM).set("schema", reference(schemas, ApiDoc.Schema.of(Problem.class)));
        });
        return operation;
    }

    private static ObjectNode reference(SchemaBuilder schemas, ApiDoc.Schema schema) {
        return schemas.createSchemaReference(schema.type(), schema.arguments().toArray(Type[]::new));
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalArgumentException("not a JSON object: " + text, e);
        }
    }

    private static ObjectNode sorted(ObjectNode definitions) {
        ObjectNode sorted = MAPPER.createObjectNode();
        List<String> names = new ArrayList<>();
        definitions.fieldNames().forEachRemaining(names::add);
        names.stream().sorted().forEach(name -> sorted.set(name, definitions.get(name)));
        return sorted;
    }

    private static SchemaGenerator schemaGenerator(Map<String, ApiDoc.Component> components) {
        var config = new SchemaGeneratorConfigBuilder(MAPPER, SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.DEFINITIONS_FOR_ALL_OBJECTS,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                        Option.PLAIN_DEFINITION_KEYS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        Function<FieldScope, ApiDoc.Component> component = field -> components.get(
                key(field.getDeclaringType().getErasedType(), field.getName()));
        config.forFields()
                .withPropertyNameOverrideResolver(field -> {
                    var renamed = field.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
                    return renamed == null ? null : renamed.value();
                })
                // Jackson writes every component of a view record, null or not, except those it is told to leave out.
                .withRequiredCheck(field -> field.getAnnotationConsideringFieldAndGetter(ApiDoc.Optional.class) == null
                        && field.getAnnotationConsideringFieldAndGetter(JsonInclude.class) == null)
                .withNullableCheck(field -> nullable(field, component.apply(field)))
                .withDescriptionResolver(field -> field.isFakeContainerItemScope() ? null
                        : annotation(field, ApiDoc.About.class, ApiDoc.About::value,
                                component.apply(field) == null ? null : component.apply(field).about()))
                .withStringFormatResolver(OpenApi::format)
                .withStringPatternResolver(field -> annotation(field, ApiDoc.Pattern.class, ApiDoc.Pattern::value))
                .withStringMinLengthResolver(
                        field -> annotation(field, ApiDoc.MinLength.class, ApiDoc.MinLength::value))
                .withStringMaxLengthResolver(field -> annotation(field, ApiDoc.MaxLength.class, ApiDoc.MaxLength::value))
                .withNumberInclusiveMinimumResolver(OpenApi::minimum)
                .withArrayMinItemsResolver(field -> annotation(field, ApiDoc.MinItems.class, ApiDoc.MinItems::value))
                .withArrayMaxItemsResolver(field -> annotation(field, ApiDoc.MaxItems.class, ApiDoc.MaxItems::value))
                .withInstanceAttributeOverride((schema, field, context) -> {
                    String keys = annotation(field, ApiDoc.KeyPattern.class, ApiDoc.KeyPattern::value);
                    if (keys != null && !field.isFakeContainerItemScope()) {
                        schema.putObject("propertyNames").put("pattern", keys);
                    }
                })
                .withEnumResolver(field -> {
                    List<String> names = values(field, component.apply(field));
                    if (names != null && nullable(field, component.apply(field))) {
                        names.add(null);
                    }
                    return names;
                });
        config.forTypesInGeneral().withDefinitionNamingStrategy(new SchemaDefinitionNamingStrategy() {
            @Override
            public String getDefinitionNameForKey(com.github.victools.jsonschema.generator.impl.DefinitionKey key,
                    com.github.victools.jsonschema.generator.SchemaGenerationContext context) {
                return name(key.getType());
            }
        });
        return new SchemaGenerator(config.build());
    }

    /**
     * Whether a component may be null: a request body's if it is optional or says so, a view's of this
     * adapter if it says so, a record's of the application shown as it is if the docs that show it say
     * so ({@link ApiDoc.Component}).
     */
    private static boolean nullable(FieldScope field, ApiDoc.Component component) {
        if (field.getType().isPrimitive()) {
            return false;
        }
        if (isRequestBody(field.getDeclaringType())) {
            return field.getAnnotationConsideringFieldAndGetter(ApiDoc.Optional.class) != null
                    || field.getAnnotationConsideringFieldAndGetter(ApiDoc.Nullable.class) != null;
        }
        if (isOfThisAdapter(field)) {
            return field.getAnnotationConsideringFieldAndGetter(ApiDoc.Nullable.class) != null;
        }
        return component != null && component.mayBeNull();
    }

    private static boolean isOfThisAdapter(FieldScope field) {
        return field.getDeclaringType().getErasedType().getName().startsWith("org.ronghe.adapter.http.");
    }

    /** The values a string component takes: an enum's constants, or those it lists. */
    private static List<String> values(FieldScope field, ApiDoc.Component component) {
        ApiDoc.Values values = field.getAnnotationConsideringFieldAndGetter(ApiDoc.Values.class);
        ApiDoc.OneOf oneOf = field.getAnnotationConsideringFieldAndGetter(ApiDoc.OneOf.class);
        List<String> names = new ArrayList<>();
        if (values != null) {
            Arrays.stream(values.value().getEnumConstants()).forEach(value -> names.add(value.name()));
        } else if (oneOf != null) {
            names.addAll(List.of(oneOf.value()));
        } else if (component != null && !component.oneOf().isEmpty()) {
            names.addAll(component.oneOf());
        } else {
            return null;
        }
        return names;
    }

    /**
     * {@code uuid} for the strings of a view that are ids: its {@code id}, its {@code ...Id} components and
     * the items of its {@code ...Ids} lists, unless it says otherwise ({@link ApiDoc.Uuid}).
     */
    private static String format(FieldScope field) {
        if (!field.getType().getErasedType().equals(String.class) || isRequestBody(field.getDeclaringType())
                || !isOfThisAdapter(field)) {
            return null;
        }
        ApiDoc.Uuid uuid = field.getAnnotationConsideringFieldAndGetter(ApiDoc.Uuid.class);
        String name = field.getName();
        boolean id = field.isFakeContainerItemScope() ? name.endsWith("Ids")
                : name.equals("id") || name.endsWith("Id");
        return (uuid != null ? uuid.value() : id) ? "uuid" : null;
    }

    /** The least value of a number component: as it says, and 1 for a view's {@code version}. */
    private static BigDecimal minimum(FieldScope field) {
        Long least = annotation(field, ApiDoc.Minimum.class, ApiDoc.Minimum::value);
        if (least == null && field.getName().equals("version") && !isRequestBody(field.getDeclaringType())
                && isOfThisAdapter(field)) {
            least = 1L;
        }
        return least == null || field.isFakeContainerItemScope() ? null : BigDecimal.valueOf(least);
    }

    private static String key(Class<?> record, String component) {
        return record.getName() + "#" + component;
    }

    /** The records a context declares in its docs (its {@code ...Docs} class) are the bodies its routes read. */
    private static boolean isRequestBody(ResolvedType type) {
        Class<?> outer = type.getErasedType().getEnclosingClass();
        return outer != null && outer.getSimpleName().endsWith("Docs");
    }

    private static <A extends java.lang.annotation.Annotation, T> T annotation(FieldScope field, Class<A> type,
            Function<A, T> value) {
        return annotation(field, type, value, null);
    }

    private static <A extends java.lang.annotation.Annotation, T> T annotation(FieldScope field, Class<A> type,
            Function<A, T> value, T otherwise) {
        A annotation = field.getAnnotationConsideringFieldAndGetter(type);
        return annotation == null ? otherwise : value.apply(annotation);
    }

    /** {@code Problem}, {@code OrganizationResource}, {@code PageResourceOfOrganizationResource}. */
    private static String name(ResolvedType type) {
        Class<?> erased = type.getErasedType();
        String name = erased.getSimpleName();
        Class<?> outer = erased.getEnclosingClass();
        if (outer != null && !outer.getSimpleName().endsWith("Routes") && !outer.getSimpleName().endsWith("Docs")
                && !outer.equals(ApiDoc.class) && !outer.equals(OpenApi.class)) {
            name = outer.getSimpleName() + name;
        }
        var arguments = type.getTypeParameters();
        if (!arguments.isEmpty()) {
            name += "Of" + String.join("And", arguments.stream().map(OpenApi::name).toList());
        }
        return name;
    }

    /** An RFC 9457 problem, as every error answer is. */
    record Problem(String type,
            @ApiDoc.About("what the problem is called, in the language negotiated by Accept-Language (zh or en)")
            String title,
            int status,
            @ApiDoc.About("what happened (English: the rule's words with ids and numbers; Chinese: what it means and "
                    + "what to do, with the fields named)") String detail,
            @ApiDoc.About("with Accept-Language zh (or RONGHE_LANGUAGE=zh): the English title, title and detail being "
                    + "Chinese") @ApiDoc.Optional String titleEn,
            @ApiDoc.About("with Accept-Language zh (or RONGHE_LANGUAGE=zh): the rule's own English words, with ids and "
                    + "numbers") @ApiDoc.Optional String detailEn,
            String instance,
            @ApiDoc.About("stable machine-readable name, e.g. parent-cycle") String code,
            @ApiDoc.Optional List<FieldError> errors,
            @ApiDoc.Uuid(false) String requestId,
            @ApiDoc.About("on 503 dependency-down: each dependency, UP or DOWN") @ApiDoc.Optional
            Map<String, Dependency> dependencies,
            @ApiDoc.About("on 422 grid-plan-refused: each grid rule the plan breaks, with the grids at fault") @ApiDoc.Optional
            List<GridRuleProblem> problems) {
    }

    /** One grid rule a refused plan breaks: its code, its name, the grid codes at fault, the area on the ground. */
    record GridRuleProblem(String rule, String title, List<String> codes, String detail,
            @ApiDoc.Optional Double squareMetres) {
    }

    /** One field of a request and what is wrong with it. */
    record FieldError(String field, String message) {
    }

    enum Dependency {
        UP, DOWN
    }

    /** {@code GET /health}. */
    record HealthResource(@ApiDoc.OneOf("UP") String status, Map<String, Dependency> dependencies) {
    }

    /** One label, Chinese and English. */
    record Label(String zh, String en) {
    }

    /** {@code GET /api/v1/labels}: enum (e.g. CommitteeTier) → value (e.g. DISTRICT_PROMOTION) → its label. */
    record Labels(
            @ApiDoc.About("enum (e.g. CommitteeTier) → value (e.g. DISTRICT_PROMOTION) → {zh, en}")
            Map<String, Map<String, Label>> labels) {
    }
}
