package org.ronghe.adapter.http.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The generated OpenAPI document covers the hand-written one it replaced, kept as a test resource
 * only as the yardstick: the same operations, each with at least the statuses, the examples, and the
 * request body properties the hand-written one named; and every operation under exactly one tag. The
 * schemas of the bodies read and answered, walked side by side, say at least what the hand-written
 * ones said of each property: its constraints and format, its description, its values; an answer
 * allows null only where the hand-written one did, a request wherever it did.
 */
class OpenApiCompletenessTest {

    private static final OpenApiDocument GENERATED = new OpenApiDocument();
    private static final OpenApiDocument HANDWRITTEN = OpenApiDocument.resource("openapi-handwritten.json");

    private static Map<String, JsonNode> operations(OpenApiDocument document) {
        return document.operations().stream().collect(Collectors.toMap(o -> o.method() + " " + o.path(),
                OpenApiDocument.Operation::node, (a, b) -> a, TreeMap::new));
    }

    @Test
    void the_generated_document_has_every_hand_written_operation() {
        // the routes added since (grids) have no hand-written yardstick: RouteInventoryTest holds every route to
        // a doc of its own, and their tests validate every answer against the generated document
        assertThat(operations(GENERATED).keySet()).containsAll(operations(HANDWRITTEN).keySet());
        assertThat(GENERATED.root().get("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void each_operation_answers_at_least_the_statuses_the_hand_written_one_listed() {
        var generated = operations(GENERATED);
        operations(HANDWRITTEN).forEach((key, written) -> assertThat(names(generated.get(key).get("responses")))
                .as(key).containsAll(names(written.get("responses"))));
    }

    @Test
    void each_operation_takes_at_least_the_parameters_the_hand_written_one_listed() {
        var generated = operations(GENERATED);
        operations(HANDWRITTEN).forEach((key, written) -> assertThat(parameters(generated.get(key))).as(key)
                .containsAll(parameters(written)));
    }

    @Test
    void every_request_body_property_the_hand_written_document_named_is_there() {
        var generated = operations(GENERATED);
        operations(HANDWRITTEN).forEach((key, written) -> {
            if (!written.has("requestBody")) {
                return;
            }
            assertThat(generated.get(key).has("requestBody")).as(key).isTrue();
            JsonNode before = resolve(HANDWRITTEN, written.at("/requestBody/content/application~1json/schema"));
            JsonNode after = resolve(GENERATED, generated.get(key).at("/requestBody/content/application~1json/schema"));
            assertThat(names(after.path("properties"))).as(key).containsAll(names(before.path("properties")));
            assertThat(names(after.path("required"))).as(key + " required")
                    .containsAll(texts(before.path("required")));
        });
    }

    @Test
    void every_example_of_the_hand_written_document_is_there() {
        List<String> written = examples(HANDWRITTEN.root());
        List<String> generated = examples(GENERATED.root());
        assertThat(generated).containsAll(written);
    }

    /** The examples the generated document gives are bodies its own request schemas accept. */
    @Test
    void every_request_example_is_valid_against_its_schema() {
        var factory = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012);
        JsonNode schemas = GENERATED.schemasRoot();
        int examples = 0;
        for (var operation : GENERATED.operations()) {
            JsonNode media = operation.node().at("/requestBody/content/application~1json");
            for (JsonNode example : media.path("examples")) {
                var schema = ((com.fasterxml.jackson.databind.node.ObjectNode) schemas.at("/paths/"
                        + operation.path().replace("~", "~0").replace("/", "~1") + "/post/requestBody/content/application~1json/schema"))
                        .deepCopy();
                schema.set("$defs", schemas.at("/components/schemas"));
                assertThat(factory.getSchema(schema).validate(example.get("value"))).as(operation.path() + " " + example)
                        .isEmpty();
                examples++;
            }
        }
        assertThat(examples).isPositive();
    }

    @Test
    void the_security_schemes_servers_and_info_are_kept() {
        for (String part : new String[] { "/components/securitySchemes/bearer", "/servers", "/security" }) {
            assertThat(GENERATED.root().at(part)).as(part).isEqualTo(HANDWRITTEN.root().at(part));
        }
        assertThat(GENERATED.root().at("/info/title").asText()).isEqualTo(HANDWRITTEN.root().at("/info/title").asText());
        assertThat(GENERATED.root().at("/info/description").asText()).isNotBlank();
    }

    @Test
    void every_operation_has_exactly_one_tag_and_every_tag_is_described_chinese_first() {
        var declared = new TreeSet<String>();
        GENERATED.root().get("tags").forEach(tag -> {
            declared.add(tag.get("name").asText());
            assertThat(tag.get("description").asText()).as(tag.toString()).matches("^\\p{IsHan}.*");
        });
        var used = new TreeSet<String>();
        for (var operation : GENERATED.operations()) {
            JsonNode tags = operation.node().get("tags");
            assertThat(tags).as(operation.method() + " " + operation.path()).isNotNull();
            assertThat(tags.size()).as(operation.method() + " " + operation.path()).isEqualTo(1);
            used.add(tags.get(0).asText());
        }
        assertThat(used).isEqualTo(declared);
        assertThat(used).contains("organizations", "areas", "committees", "projects", "meetings", "tasks",
                "target system", "activities", "access tokens", "audit", "data set", "docs");
    }

    @Test
    void the_summaries_are_kept() {
        var generated = operations(GENERATED);
        operations(HANDWRITTEN).forEach((key, written) -> {
            assertThat(generated.get(key).get("summary")).as(key).isEqualTo(written.get("summary"));
            assertThat(generated.get(key).get("operationId")).as(key).isEqualTo(written.get("operationId"));
        });
    }

    /** The keywords of a hand-written schema the generated one carries with the same value. */
    private static final List<String> CONSTRAINTS = List.of("format", "minimum", "maximum", "minLength", "maxLength",
            "pattern", "minItems", "maxItems", "propertyNames", "patternProperties");

    @Test
    void every_constraint_of_the_hand_written_schemas_is_there_with_the_same_value() {
        List<String> missing = new ArrayList<>();
        for (Pair pair : pairs()) {
            for (String keyword : CONSTRAINTS) {
                JsonNode written = pair.written().get(keyword);
                if (written != null && !written.equals(pair.generated().get(keyword))) {
                    missing.add(pair.path() + " " + keyword + ": " + written + " but " + pair.generated().get(keyword));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void a_string_is_a_uuid_exactly_where_the_hand_written_document_says_so() {
        List<String> different = new ArrayList<>();
        for (Pair pair : pairs()) {
            boolean written = pair.written().path("format").asText().equals("uuid");
            if (written != pair.generated().path("format").asText().equals("uuid")) {
                different.add(pair.path() + (written ? " is no uuid" : " is a uuid, the hand-written one not"));
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void every_property_description_of_the_hand_written_schemas_is_there() {
        List<String> missing = new ArrayList<>();
        for (Pair pair : pairs()) {
            String written = pair.written().path("description").asText("");
            if (pair.property() && !pair.generated().path("description").asText("").contains(written)) {
                missing.add(pair.path() + ": " + written);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_value_list_of_the_hand_written_schemas_is_there() {
        List<String> different = new ArrayList<>();
        for (Pair pair : pairs()) {
            if (pair.written().has("enum") && !values(pair.written()).equals(values(pair.generated()))) {
                different.add(pair.path() + ": " + values(pair.written()) + " but " + values(pair.generated()));
            }
        }
        assertThat(different).isEmpty();
    }

    @Test
    void an_answer_allows_null_only_where_the_hand_written_one_did_and_a_request_wherever_it_did() {
        List<String> different = new ArrayList<>();
        for (Pair pair : pairs()) {
            if (pair.property() && (pair.request() ? pair.writtenNullable() && !pair.generatedNullable()
                    : pair.generatedNullable() && !pair.writtenNullable())) {
                different.add(pair.path() + (pair.request() ? " refuses null" : " may be null"));
            }
        }
        assertThat(different).isEmpty();
    }

    private static TreeSet<String> values(JsonNode schema) {
        var values = new TreeSet<String>();
        schema.path("enum").forEach(value -> {
            if (!value.isNull()) {
                values.add(value.asText());
            }
        });
        return values;
    }

    /**
     * A schema of the hand-written document and the generated one in the same place (a request or
     * answer body, a property, an item), each with what its references and its nullable wrapper
     * ({@code anyOf} with null) say merged in.
     */
    private record Pair(String path, ObjectNode written, ObjectNode generated, boolean writtenNullable,
            boolean generatedNullable, boolean property, boolean request) {
    }

    private static List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        var generated = operations(GENERATED);
        operations(HANDWRITTEN).forEach((key, written) -> {
            JsonNode after = generated.get(key);
            pair(key + " request", written.at("/requestBody/content/application~1json/schema"),
                    after.at("/requestBody/content/application~1json/schema"), false, true, seen, pairs);
            written.path("responses").fields().forEachRemaining(response -> response.getValue().path("content")
                    .fields().forEachRemaining(media -> pair(key + " " + response.getKey(),
                            media.getValue().path("schema"), after.path("responses").path(response.getKey())
                                    .path("content").path(media.getKey()).path("schema"), false, false, seen, pairs)));
        });
        return pairs;
    }

    private static void pair(String path, JsonNode written, JsonNode generated, boolean property, boolean request,
            Set<List<Object>> seen, List<Pair> pairs) {
        if (written.isMissingNode() || generated.isMissingNode() || !seen.add(List.of(written, generated, property,
                request, innermost(HANDWRITTEN, written), innermost(GENERATED, generated)))) {
            return;
        }
        ObjectNode before = merged(HANDWRITTEN, written);
        ObjectNode after = merged(GENERATED, generated);
        pairs.add(new Pair(path, before, after, nullable(HANDWRITTEN, written), nullable(GENERATED, generated),
                property, request));
        before.path("properties").fields().forEachRemaining(p -> pair(path + "." + p.getKey(), p.getValue(),
                after.path("properties").path(p.getKey()), true, request, seen, pairs));
        pair(path + "[]", before.path("items"), after.path("items"), false, request, seen, pairs);
        if (before.path("additionalProperties").isObject()) {
            pair(path + "{}", before.get("additionalProperties"), after.path("additionalProperties"), false, request,
                    seen, pairs);
        }
    }

    /** The schema with the keywords of the schemas it refers to, or wraps with null, merged in (its own first). */
    private static ObjectNode merged(OpenApiDocument document, JsonNode schema) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        JsonNode at = schema;
        while (at != null) {
            at.fields().forEachRemaining(field -> {
                if (!merged.has(field.getKey())) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
            if (at.has("const") && !merged.has("enum")) {
                merged.putArray("enum").add(at.get("const"));
            }
            at = inner(document, at);
        }
        return merged;
    }

    private static boolean nullable(OpenApiDocument document, JsonNode schema) {
        for (JsonNode at = schema; at != null; at = inner(document, at)) {
            List<JsonNode> options = new ArrayList<>(List.of(at));
            at.path("anyOf").forEach(options::add);
            at.path("oneOf").forEach(options::add);
            if (options.stream().anyMatch(o -> o.path("type").asText().equals("null")
                    || texts(o.path("type")).contains("null") || hasNull(o.path("enum")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNull(JsonNode values) {
        for (JsonNode value : values) {
            if (value.isNull()) {
                return true;
            }
        }
        return false;
    }

    /** The innermost schema: what it refers to, or wraps with null, all the way down. */
    private static JsonNode innermost(OpenApiDocument document, JsonNode schema) {
        JsonNode at = schema;
        for (JsonNode next = inner(document, at); next != null; next = inner(document, at)) {
            at = next;
        }
        return at;
    }

    /** What a schema refers to, or the one schema it allows besides null; null when neither. */
    private static JsonNode inner(OpenApiDocument document, JsonNode schema) {
        if (schema.has("$ref")) {
            return document.root().at(schema.get("$ref").asText().substring(1));
        }
        for (String wrapper : new String[] { "anyOf", "oneOf" }) {
            List<JsonNode> others = new ArrayList<>();
            schema.path(wrapper).forEach(option -> {
                if (!option.path("type").asText().equals("null")) {
                    others.add(option);
                }
            });
            if (others.size() == 1) {
                return others.get(0);
            }
        }
        return null;
    }

    private static JsonNode resolve(OpenApiDocument document, JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            resolved = document.root().at(resolved.get("$ref").asText().substring(1));
        }
        return resolved;
    }

    private static List<String> parameters(JsonNode operation) {
        List<String> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(p.get("in").asText() + " "
                + p.get("name").asText().toLowerCase(Locale.ROOT)));
        return parameters;
    }

    private static TreeSet<String> names(JsonNode node) {
        var names = new TreeSet<String>();
        if (node.isArray()) {
            node.forEach(n -> names.add(n.asText()));
        } else {
            node.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    /** Every example and examples value in the document, as JSON text. */
    private static List<String> examples(JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                var field = fields.next();
                if (field.getKey().equals("example")) {
                    found.add(field.getValue().toString());
                } else if (field.getKey().equals("examples") && field.getValue().isObject()) {
                    field.getValue().forEach(example -> found.add(example.path("value").toString()));
                } else {
                    found.addAll(examples(field.getValue()));
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> found.addAll(examples(element)));
        }
        return found;
    }
}
