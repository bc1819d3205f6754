package org.ronghe.adapter.http.support;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ronghe.domain.shared.FieldViolation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;

/**
 * A request body read strictly: UTF-8 JSON, one object, only the fields the route knows, each of
 * the JSON type it expects. Type errors are collected so the caller hears of all of them at once.
 */
public final class JsonBody {

    private static final ObjectMapper MAPPER = Json.mapper();

    private final JsonNode root;
    private final List<FieldViolation> violations;
    private final String prefix;

    private JsonBody(JsonNode root) {
        this(root, new ArrayList<>(), "");
    }

    private JsonBody(JsonNode root, List<FieldViolation> violations, String prefix) {
        this.root = root;
        this.violations = violations;
        this.prefix = prefix;
    }

    /** Reads the body of a route that requires one. */
    public static JsonBody of(Context ctx, String... knownFields) {
        return read(ctx, false, knownFields);
    }

    /** Reads the body of a route whose body may be left out (an empty body reads as {@code {}}). */
    public static JsonBody optional(Context ctx, String... knownFields) {
        return read(ctx, true, knownFields);
    }

    private static JsonBody read(Context ctx, boolean mayBeEmpty, String... knownFields) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            if (mayBeEmpty) {
                return new JsonBody(MAPPER.createObjectNode());
            }
            throw BadRequestException.malformed("a JSON object is required as the request body");
        }
        requireJsonContentType(ctx);
        JsonNode root;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            root = MAPPER.readTree(text);
        } catch (CharacterCodingException e) {
            throw BadRequestException.malformed("the request body is not valid UTF-8");
        } catch (StreamConstraintsException e) {
            // nested deeper, or a number or text longer, than the parser accepts: no location to report
            throw BadRequestException.malformed("the request body exceeds what is accepted: nesting at most "
                    + StreamReadConstraints.DEFAULT_MAX_DEPTH + " deep, numbers at most "
                    + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits");
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            throw BadRequestException.malformed("the request body is not valid JSON" + (location == null ? ""
                    : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"));
        } catch (IOException e) {
            throw BadRequestException.malformed("the request body could not be read");
        }
        if (root == null || !root.isObject()) {
            throw BadRequestException.malformed("the request body must be a JSON object");
        }
        var body = new JsonBody(root);
        Set<String> known = Set.of(knownFields);
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                body.violations.add(new FieldViolation(printable(name), "is not a field of this request; known: "
                        + String.join(", ", knownFields)));
            }
        }
        return body;
    }

    private static void requireJsonContentType(Context ctx) {
        String contentType = ctx.header("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new BadRequestException(415, "unsupported-media-type",
                    "the request body must be sent as Content-Type: application/json", List.of());
        }
    }

    /** Field names come from the client: keep them short and printable before echoing them. */
    private static String printable(String name) {
        String cleaned = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned;
    }

    public boolean has(String field) {
        return root.has(field);
    }

    /** The field as the JSON it is (a GeoJSON geometry, say), for a reader of its own; null when absent. */
    public JsonNode node(String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node;
    }

    /** The field's text; null when absent or JSON null; a violation when it is not a string. */
    public String text(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            violations.add(new FieldViolation(prefix + field, "must be a string, was " + describe(node)));
            return null;
        }
        return node.textValue();
    }

    /** The field as an ISO date (2023-04-04); null when absent; a violation when it is not one. */
    public java.time.LocalDate date(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Dates.parse(prefix + field, text);
        } catch (org.ronghe.domain.shared.InvalidValueException e) {
            violations.addAll(e.violations());
            return null;
        }
    }

    /** The field as an array of strings; null when absent; a violation when it is anything else. */
    public List<String> texts(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            violations.add(new FieldViolation(prefix + field, "must be an array of strings, was " + describe(node)));
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                violations.add(new FieldViolation(prefix + field, "must hold strings only"));
                return null;
            }
            texts.add(item.textValue());
        }
        return texts;
    }

    /** The field as a whole number; null when absent; a violation when it is anything else. */
    public Integer integer(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isInt()) {
            violations.add(new FieldViolation(prefix + field, "must be a whole number, was " + describe(node)));
            return null;
        }
        return node.intValue();
    }

    /** The field as true or false; null when absent; a violation when it is anything else. */
    public Boolean bool(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isBoolean()) {
            violations.add(new FieldViolation(prefix + field, "must be true or false, was " + describe(node)));
            return null;
        }
        return node.booleanValue();
    }

    /** The field as a finite number (a coordinate, say); null when absent; a violation when it is anything else. */
    public Double number(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            violations.add(new FieldViolation(prefix + field, "must be a number, was " + describe(node)));
            return null;
        }
        return node.doubleValue();
    }

    /** The field as a decimal number below 10^15 with at most 6 decimals; null when absent; a violation otherwise. */
    public java.math.BigDecimal decimal(String field) {
        return decimal(prefix + field, root.get(field));
    }

    private java.math.BigDecimal decimal(String path, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            violations.add(new FieldViolation(path, "must be a number, was " + describe(node)));
            return null;
        }
        java.math.BigDecimal value;
        try {
            value = new java.math.BigDecimal(node.asText()).stripTrailingZeros();
        } catch (NumberFormatException infinite) {
            violations.add(new FieldViolation(path, "must be a number below 10^15 with at most 6 decimals"));
            return null;
        }
        if (value.abs().compareTo(java.math.BigDecimal.TEN.pow(15)) >= 0 || value.scale() > 6) {
            violations.add(new FieldViolation(path, "must be a number below 10^15 with at most 6 decimals"));
            return null;
        }
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** The field as an object of decimal numbers by key ({"2023": 5}); an empty map when absent. */
    public java.util.Map<String, java.math.BigDecimal> decimalsByKey(String field) {
        JsonNode node = root.get(field);
        java.util.Map<String, java.math.BigDecimal> values = new java.util.TreeMap<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            violations.add(new FieldViolation(prefix + field, "must be an object of numbers, was " + describe(node)));
            return values;
        }
        node.fields().forEachRemaining(e -> {
            var value = decimal(prefix + field + "." + printable(e.getKey()), e.getValue());
            if (value != null) {
                values.put(e.getKey(), value);
            }
        });
        return values;
    }

    /** The field as a nested object with only the known fields; null when absent. */
    public JsonBody object(String field, String... knownFields) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            violations.add(new FieldViolation(prefix + field, "must be an object, was " + describe(node)));
            return null;
        }
        return nested(node, prefix + field + ".", knownFields);
    }

    /** The field as an array of objects with only the known fields; an empty list when absent. */
    public List<JsonBody> objects(String field, String... knownFields) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            violations.add(new FieldViolation(prefix + field, "must be an array of objects, was " + describe(node)));
            return List.of();
        }
        List<JsonBody> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (!node.get(i).isObject()) {
                violations.add(new FieldViolation(prefix + field + "[" + i + "]", "must be an object"));
                continue;
            }
            items.add(nested(node.get(i), prefix + field + "[" + i + "].", knownFields));
        }
        return items;
    }

    private JsonBody nested(JsonNode node, String path, String... knownFields) {
        Set<String> known = Set.of(knownFields);
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                violations.add(new FieldViolation(path + printable(name), "is not a field here; known: "
                        + String.join(", ", knownFields)));
            }
        }
        return new JsonBody(node, violations, path);
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "of another type";
        };
    }

    /** Throws the collected unknown-field and type violations, if any. Call it before using the values. */
    public JsonBody requireWellTyped() {
        if (!violations.isEmpty()) {
            throw new BadRequestException(400, "invalid-request-body", "the request body has invalid fields",
                    violations);
        }
        return this;
    }
}
