package org.ronghe.adapter.http.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The generated OpenAPI document covers the hand-written one it replaced, kept as a test resource
 * only as the yardstick: the same operations, each with at least the statuses, the examples, and the
 * request body properties the hand-written one named; and every operation under exactly one tag.
 */
class OpenApiCompletenessTest {

    private static final OpenApiDocument GENERATED = new OpenApiDocument();
    private static final OpenApiDocument HANDWRITTEN = OpenApiDocument.resource("openapi-handwritten.json");

    private static Map<String, JsonNode> operations(OpenApiDocument document) {
        return document.operations().stream().collect(Collectors.toMap(o -> o.method() + " " + o.path(),
                OpenApiDocument.Operation::node, (a, b) -> a, TreeMap::new));
    }

    @Test
    void the_generated_document_has_exactly_the_hand_written_operations() {
        assertThat(operations(GENERATED).keySet()).isEqualTo(operations(HANDWRITTEN).keySet());
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
