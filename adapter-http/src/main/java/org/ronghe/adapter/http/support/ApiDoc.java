package org.ronghe.adapter.http.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.javalin.http.HandlerType;

/**
 * What the OpenAPI document says of one route: its summary and description, the record its body is
 * read as, the record it answers with, its query parameters, the statuses it adds to those its
 * kind always has, and examples. A context lists these next to its {@link ApiRoute}s (its
 * {@link RouteGroup#docs()}); the document is generated from both, the JSON Schemas from the records.
 *
 * @param successStatus 0: the route's kind decides (201 for a create, else 200)
 * @param mediaType the success answer's media type ({@code application/json} unless a text export)
 * @param response the record the success answer is ({@code null}: a plain string, or any object)
 * @param statuses further statuses and what they mean, beyond those of the route's kind
 * @param etag whether the success answer carries an ETag ({@code null}: creates, commands and GETs of one resource do)
 */
public record ApiDoc(HandlerType method, String path, String operationId, String summary, String description,
        Schema request, int successStatus, String successDescription, String mediaType, Schema response,
        List<Query> query, Map<Integer, String> statuses, Map<String, String> examples, Boolean etag) {

    public ApiDoc {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(summary, "summary");
        query = List.copyOf(query);
        statuses = Map.copyOf(statuses);
        examples = Map.copyOf(examples);
    }

    /** A type whose JSON Schema victools generates: a record, or a generic record with its type arguments. */
    public record Schema(Type type, List<Type> arguments) {

        public static Schema of(Type type, Type... arguments) {
            return new Schema(type, List.of(arguments));
        }

        /** A page of items ({@link PageResource}). */
        public static Schema page(Class<?> item) {
            return of(PageResource.class, item);
        }

        /** An object with one property, {@code items}, the list. */
        public static Schema items(Class<?> item) {
            return of(Items.class, item);
        }
    }

    /** The shape of an answer that is {@code {"items": [...]}}. */
    public record Items<T>(List<T> items) {
    }

    /**
     * A query parameter (or, {@code in} "header", a request header a route reads): its name and its JSON Schema,
     * given as JSON text.
     */
    public record Query(String name, String schema, String description, String in) {

        public Query {
            Objects.requireNonNull(name, "name");
            if (!"query".equals(in) && !"header".equals(in)) {
                throw new IllegalArgumentException("a parameter is in the query or a header, not " + in);
            }
        }

        public Query(String name, String schema, String description) {
            this(name, schema, description, "query");
        }

        public Query(String name, String schema) {
            this(name, schema, null);
        }

        /** A required request header the route reads. */
        public static Query header(String name, String schema, String description) {
            return new Query(name, schema, description, "header");
        }

        /** The same parameter, with what it means. */
        public Query describedAs(String text) {
            return new Query(name, schema, text, in);
        }

        public static Query uuid(String name) {
            return new Query(name, "{\"type\":\"string\",\"format\":\"uuid\"}");
        }

        public static Query date(String name) {
            return new Query(name, "{\"type\":\"string\",\"format\":\"date\"}");
        }

        public static Query dateTime(String name) {
            return new Query(name, "{\"type\":\"string\",\"format\":\"date-time\"}");
        }

        public static Query text(String name) {
            return new Query(name, "{\"type\":\"string\"}");
        }

        public static Query bool(String name) {
            return new Query(name, "{\"type\":\"boolean\"}");
        }

        public static Query oneOf(String name, Class<? extends Enum<?>> values) {
            var names = new StringBuilder();
            for (Enum<?> value : values.getEnumConstants()) {
                names.append(names.isEmpty() ? "" : ",").append('"').append(value.name()).append('"');
            }
            return new Query(name, "{\"type\":\"string\",\"enum\":[" + names + "]}");
        }

        public static Query oneOf(String name, String... values) {
            return new Query(name, "{\"type\":\"string\",\"enum\":[\"" + String.join("\",\"", values) + "\"]}");
        }

        /** {@code page} and {@code size}, as every paged list reads them. */
        public static List<Query> paging() {
            return List.of(new Query("page", "{\"type\":\"integer\",\"minimum\":1,\"default\":1}"),
                    new Query("size", "{\"type\":\"integer\",\"minimum\":1,\"maximum\":100,\"default\":20}"));
        }
    }

    /** A record component a request may leave out (or send as null); every other one is required. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
    public @interface Optional {
    }

    /**
     * A view component that may be null (Jackson writes it all the same); every other component of a
     * view declared in this adapter is never null. On a request body: a required component that may be
     * sent as null.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
    public @interface Nullable {
    }

    /** A string component whose values are the names of an enum's constants (views carry enums as strings). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
    public @interface Values {
        Class<? extends Enum<?>> value();
    }

    /** What a record component means, for the document. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
    public @interface About {
        String value();
    }

    /** The pattern a string component matches. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
    public @interface Pattern {
        String value();
    }

    /** The most characters a string component takes. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
    public @interface MaxLength {
        int value();
    }

    /** The fewest items a list component takes. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
    public @interface MinItems {
        int value();
    }

    /** A string component whose values are these (when no enum lists them). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
    public @interface OneOf {
        String[] value();
    }

    /**
     * Whether a string component of a view is a UUID, against the rule: a view's {@code id}, its
     * {@code ...Id} strings and the items of its {@code ...Ids} lists are; nothing else is.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
    public @interface Uuid {
        boolean value() default true;
    }

    /** The least value a number component takes (a view's {@code version} is at least 1 by rule). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
    public @interface Minimum {
        long value();
    }

    /** The fewest characters a string component takes. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
    public @interface MinLength {
        int value();
    }

    /** The most items a list component takes. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
    public @interface MaxItems {
        int value();
    }

    /** The pattern every key of a map component matches ({@code propertyNames}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT })
    public @interface KeyPattern {
        String value();
    }

    /**
     * What the document says of one component of a record declared outside this adapter (a record of
     * the application shown as it is), which cannot carry the annotations above: whether it may be null
     * (else it never is), what it means, the values it takes.
     */
    public record Component(Class<?> record, String name, boolean mayBeNull, String about, List<String> oneOf) {

        public Component {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(name, "name");
            oneOf = List.copyOf(oneOf);
            if (java.util.Arrays.stream(record.getRecordComponents()).noneMatch(c -> c.getName().equals(name))) {
                throw new IllegalArgumentException(record.getName() + " has no component " + name);
            }
        }

        public static Component of(Class<?> record, String name) {
            return new Component(record, name, false, null, List.of());
        }

        public Component nullable() {
            return new Component(record, name, true, about, oneOf);
        }

        public Component about(String text) {
            return new Component(record, name, mayBeNull, text, oneOf);
        }

        public Component oneOf(String... values) {
            return new Component(record, name, mayBeNull, about, List.of(values));
        }
    }

    public static ApiDoc get(String path, String operationId, String summary) {
        return new ApiDoc(HandlerType.GET, path, operationId, summary, null, null, 0, null, "application/json", null,
                List.of(), Map.of(), Map.of(), null);
    }

    public static ApiDoc post(String path, String operationId, String summary) {
        return new ApiDoc(HandlerType.POST, path, operationId, summary, null, null, 0, null, "application/json", null,
                List.of(), Map.of(), Map.of(), null);
    }

    public ApiDoc description(String text) {
        return new ApiDoc(method, path, operationId, summary, text, request, successStatus, successDescription,
                mediaType, response, query, statuses, examples, etag);
    }

    /** The body is read as this record. */
    public ApiDoc takes(Class<?> body) {
        return new ApiDoc(method, path, operationId, summary, description, Schema.of(body), successStatus,
                successDescription, mediaType, response, query, statuses, examples, etag);
    }

    /** The success answer: what it means and the record it is. */
    public ApiDoc answers(String meaning, Schema body) {
        return new ApiDoc(method, path, operationId, summary, description, request, successStatus, meaning, mediaType,
                body, query, statuses, examples, etag);
    }

    /** The success answer under another status than the route's kind gives (a signed delivery that creates: 201). */
    public ApiDoc answers(int status, String meaning, Schema body) {
        return new ApiDoc(method, path, operationId, summary, description, request, status, meaning, mediaType, body,
                query, statuses, examples, etag);
    }

    public ApiDoc answers(String meaning, Class<?> body) {
        return answers(meaning, Schema.of(body));
    }

    /** The success answer is text of this media type. */
    public ApiDoc answersText(String meaning, String textMediaType) {
        return new ApiDoc(method, path, operationId, summary, description, request, successStatus, meaning,
                textMediaType, null, query, statuses, examples, etag);
    }

    public ApiDoc query(Query... parameters) {
        var all = new ArrayList<>(query);
        all.addAll(List.of(parameters));
        return new ApiDoc(method, path, operationId, summary, description, request, successStatus,
                successDescription, mediaType, response, all, statuses, examples, etag);
    }

    public ApiDoc query(List<Query> parameters) {
        return query(parameters.toArray(Query[]::new));
    }

    /** A status this route answers beyond those of its kind. */
    public ApiDoc status(int status, String meaning) {
        var all = new LinkedHashMap<>(statuses);
        all.put(status, meaning);
        return new ApiDoc(method, path, operationId, summary, description, request, successStatus,
                successDescription, mediaType, response, query, all, examples, etag);
    }

    /** An example request body (JSON text), by name. */
    public ApiDoc example(String name, String json) {
        var all = new LinkedHashMap<>(examples);
        all.put(name, json);
        return new ApiDoc(method, path, operationId, summary, description, request, successStatus,
                successDescription, mediaType, response, query, statuses, all, etag);
    }

    /** Whether the success answer carries an ETag, when the route's kind would say otherwise. */
    public ApiDoc etag(boolean carried) {
        return new ApiDoc(method, path, operationId, summary, description, request, successStatus,
                successDescription, mediaType, response, query, statuses, examples, carried);
    }

    /** The operation this describes: {@code GET /api/v1/areas}. */
    public String key() {
        return method.name() + " " + path;
    }
}
