package org.ronghe.adapter.http.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.ronghe.adapter.http.ApiClient;
import org.ronghe.adapter.http.TestServer;
import org.ronghe.adapter.http.contract.OpenApiDocument;


import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Throws generated requests at every documented operation: malformed and wrongly typed JSON, huge,
 * Chinese and control-character strings, missing and extra fields, unknown and garbage ids, odd
 * headers. Whatever comes in, no answer is a 5xx, every error is a problem, and every answer obeys
 * the OpenAPI document. jqwik prints the seed of each run; rerun one with {@code @Property(seed = "…")}.
 */
class ApiFuzzTest {

    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private static final List<OpenApiDocument.Operation> OPERATIONS = DOCUMENT.operations();
    private static TestServer server;
    private static List<String> knownIds;

    @BeforeContainer
    static void start() {
        server = TestServer.onMemory();
        String district = server.register("DISTRICT_PARTY_COMMITTEE", "区委", null).get("id").asText();
        String town = server.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district).get("id").asText();
        String token = server.admin().post("/api/v1/tokens", "{\"organizationId\":\"" + town
                + "\",\"role\":\"READER\"}").json().get("token").get("id").asText();
        knownIds = List.of(district, town, token);
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    record FuzzRequest(OpenApiDocument.Operation operation, String id, String query, String body, String contentType,
            String authorization, String ifMatch, String idempotencyKey) {

        String path() {
            return operation.path().replace("{id}", id).replace("{asset}", id).replace("{organizationId}", id)
                    .replace("{code}", id).replace("{serviceCode}", id).replace("{requestId}", id);
        }

        @Override
        public String toString() {
            String shown = body == null ? "<none>" : body.length() > 200 ? body.substring(0, 200) + "…(" + body.length()
                    + " chars)" : body;
            return operation.method() + " " + path() + query + " [Content-Type: " + contentType + ", Authorization: "
                    + authorization + ", If-Match: " + ifMatch + ", Idempotency-Key: " + idempotencyKey + "] " + shown;
        }
    }

    @Property(tries = 10_000, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void no_request_gets_a_5xx_and_every_answer_obeys_the_document(@ForAll("requests") FuzzRequest request) {
        var client = server.anonymous();
        var builder = client.request(request.path() + request.query());
        if (request.authorization() != null) {
            builder.header("Authorization", request.authorization());
        }
        if (request.ifMatch() != null) {
            builder.header("If-Match", request.ifMatch());
        }
        if (request.idempotencyKey() != null) {
            builder.header("Idempotency-Key", request.idempotencyKey());
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        builder.method(request.operation().method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body()));
        ApiClient.Response response;
        try {
            response = client.send(builder);
        } catch (RuntimeException e) {
            throw new AssertionError("no answer to " + request, e);
        }

        assertThat(response.status()).as(describe(request, response)).isLessThan(500);
        // a request the server cannot even read (a NUL in its path) is refused before any route, the facade's
        // included, and answered as a problem
        boolean unreadable = response.status() == 400 && response.header("Content-Type") != null
                && response.header("Content-Type").startsWith("application/problem+json")
                && "http-400".equals(response.json().path("code").asText());
        if (response.status() >= 400 && request.operation().path().startsWith("/open311/") && !unreadable) {
            // the facade speaks the GeoReport v2 error list, as its document says: [{"code", "description"}]
            assertThat(response.header("Content-Type")).as(describe(request, response)).startsWith("application/json");
            assertThat(response.json().get(0).get("description").asText()).isNotBlank();
            assertThat(response.body()).doesNotContain("Exception", "org.ronghe.", "\tat ");
        } else if (response.status() >= 400) {
            assertThat(response.header("Content-Type")).as(describe(request, response))
                    .startsWith("application/problem+json");
            assertThat(response.json().get("code").asText()).isNotBlank();
            assertThat(response.body()).doesNotContain("Exception", "org.ronghe.", "\tat ");
        }
        if (!request.operation().path().equals("/openapi.json") && !unreadable) { // unread: no operation answered
            assertThat(DOCUMENT.validate(request.operation().method(), request.operation().path(), response))
                    .as(describe(request, response)).isEmpty();
        }
    }

    private static String describe(FuzzRequest request, ApiClient.Response response) {
        String body = request.body() == null ? "" : request.body();
        String query = request.query().length() > 300 ? request.query().substring(0, 300) + "…" : request.query();
        return request.operation().method() + " " + request.path() + query + " body="
                + body.substring(0, Math.min(body.length(), 300)) + " → " + response.status() + " "
                + response.body().substring(0, Math.min(response.body().length(), 300));
    }

    @Provide
    Arbitrary<FuzzRequest> requests() {
        return Combinators.combine(
                Arbitraries.of(OPERATIONS).withoutEdgeCases(),
                ids(),
                queries(),
                Arbitraries.oneOf(bodies(), Arbitraries.just(null)),
                Arbitraries.of("application/json", "application/json; charset=utf-8", "text/plain",
                        "application/x-www-form-urlencoded").injectNull(0.1),
                Arbitraries.frequencyOf(
                        Tuple.of(16, Arbitraries.just("Bearer " + TestServer.ADMIN_SECRET)),
                        Tuple.of(1, Arbitraries.of("Bearer rh_unknown", "Basic eDp5", "Bearer ", "bearer  x y"))),
                Arbitraries.of("\"1\"", "\"2\"", "1", "*", "W/\"1\"", "\"99999999999999999999\"", "\"-1\"")
                        .injectNull(0.2),
                Arbitraries.oneOf(Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(220),
                        Arbitraries.just("k-1"))
                        .injectNull(0.7))
                .as(FuzzRequest::new);
    }

    private Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.of(knownIds),
                Arbitraries.create(() -> java.util.UUID.randomUUID().toString()),
                Arbitraries.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "%E5%8C%BA%E5%A7%94",
                        "swagger-ui.css", "..%2F..%2Fetc%2Fpasswd", "x".repeat(300), "%00", "%0d%0aforged"));
    }

    private Arbitrary<String> queries() {
        var name = Arbitraries.of("kind", "parentId", "status", "page", "size", "organizationId", "aggregateType",
                "aggregateId", "actor", "since", "until", "unknown", "access_token", "asOf", "from", "name");
        var value = Arbitraries.oneOf(
                Arbitraries.of("TOWN_PARTY_COMMITTEE", "ACTIVE", "RETIRED", "1", "0", "-1", "100", "101",
                        "99999999999", "2024-01-01T00:00:00Z", "yesterday", "%E5%8D%97%E7%BF%94", "0000-01-01",
                        "%2B999999999-12-31", "-999999999-01-01T00:00:00Z", "1" + "0".repeat(1_000), "%E2%80%8B"),
                Arbitraries.strings().alpha().numeric().ofMaxLength(40));
        return Combinators.combine(name, value).as((n, v) -> n + "=" + v).list().ofMaxSize(4)
                .map(pairs -> pairs.isEmpty() ? "" : "?" + String.join("&", pairs));
    }

    private Arbitrary<String> bodies() {
        return Arbitraries.oneOf(
                wellFormed(),
                wellFormed(),
                objects(),
                objects(),
                Arbitraries.of("", "{", "[]", "null", "\"text\"", "{\"kind\":}", "{\"a\":1}{\"b\":2}", "{\"name\":\"\\ud800\"}",
                        "{\"name\":\"x\",\"name\":\"y\"}", "\u0000\u0001", "{\"kind\":\"TOWN_PARTY_COMMITTEE\"," + "\"x\":["
                                .repeat(200)),
                Arbitraries.strings().ofMaxLength(200),
                hostile());
    }

    /**
     * What the parser and the rules must refuse without failing: nesting past the parser's depth,
     * numbers of 100,000 digits or beyond a double, unpaired surrogates, invisible characters in names,
     * days outside 1949-10-01..2100-12-31.
     */
    private Arbitrary<String> hostile() {
        var depth = Arbitraries.of(100, 499, 501, 1_000, 1_001, 5_000);
        var field = Arbitraries.of("name", "on", "value", "extra", "since", "dueOn", "asOf", "plannedOn", "agendaItem");
        var number = Arbitraries.of("1" + "0".repeat(100_000), "-" + "9".repeat(5_000), "1e400", "-1e400", "1e-400",
                "0." + "1".repeat(2_000), "1E+2147483647");
        var day = Arbitraries.of("0000-01-01", "+999999999-12-31", "-999999999-01-01", "1949-09-30", "2101-01-01",
                "1949-10-01", "2100-12-31", "2024-02-30");
        var invisible = Arbitraries.of("甲镇\u200B", "\uFEFF甲镇", "甲\u202E镇", "\u200B", "甲\u00AD镇", "\u2060",
                "乙\ud800镇", "\udc00", "\ud83d\ude00镇");
        return Arbitraries.oneOf(
                Combinators.combine(field, depth).as((f, d) -> "{\"" + f + "\":" + "[".repeat(d) + "1" + "]".repeat(d) + "}"),
                depth.map(d -> "{\"a\":".repeat(d) + "1" + "}".repeat(d)),
                Combinators.combine(field, number).as((f, n) -> "{\"" + f + "\":" + n + "}"),
                Combinators.combine(Arbitraries.of("on", "since", "until", "dueOn", "asOf", "plannedOn", "adoptedOn",
                        "heldOn", "start", "end", "createdOn"), day).as((f, d) -> "{\"" + f + "\":\"" + d + "\"}"),
                day.map(d -> "{\"name\":\"张三\",\"position\":\"书记\",\"on\":\"" + d + "\"}"),
                day.map(d -> "{\"commitment\":1,\"status\":\"DONE\",\"on\":\"" + d + "\"}"),
                Combinators.combine(Arbitraries.of("TOWN_PARTY_COMMITTEE", "REGIONAL_UNIT"), invisible,
                        Arbitraries.of(knownIds)).as((k, n, p) -> "{\"kind\":\"" + k + "\",\"name\":\"" + n
                                + "\",\"parentId\":\"" + p + "\"}"),
                invisible.map(n -> "{\"layout\":\"AREA\",\"name\":\"" + n + "\",\"towns\":[]}"));
    }

    /** Bodies that an operation may well accept, so that requests also get past validation. */
    private Arbitrary<String> wellFormed() {
        var name = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(12);
        var parent = Arbitraries.of(knownIds).map(ApiFuzzTest::quote).injectNull(0.3)
                .map(id -> id == null ? "null" : id);
        var kind = Arbitraries.of("TOWN_PARTY_COMMITTEE", "REGIONAL_UNIT", "ENTERPRISE_PARTY_ORGANIZATION",
                "DEPARTMENT_PARTY_BODY", "VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION", "NEIGHBOURING_JURISDICTION");
        return Arbitraries.oneOf(
                Combinators.combine(kind, name, parent).as((k, n, p) -> "{\"kind\":\"" + k + "\",\"name\":" + quote(n)
                        + ",\"parentId\":" + p + "}"),
                name.map(n -> "{\"name\":" + quote(n) + ",\"nameEn\":\"English\"}"),
                parent.map(p -> "{\"parentId\":" + p + "}"),
                Combinators.combine(Arbitraries.of(knownIds), Arbitraries.of("ADMIN", "OPERATOR", "READER"))
                        .as((o, r) -> "{\"organizationId\":\"" + o + "\",\"role\":\"" + r + "\"}"));
    }

    private Arbitrary<String> objects() {
        var field = Arbitraries.of("kind", "name", "nameEn", "parentId", "jurisdiction", "organizationId", "role",
                "label", "extra", "名称");
        return Combinators.combine(field, values()).as(Map::entry).list().ofMaxSize(6).map(entries -> {
            var text = new StringBuilder("{");
            List<String> parts = new ArrayList<>();
            entries.forEach(e -> parts.add(quote(e.getKey()) + ":" + e.getValue()));
            text.append(String.join(",", parts)).append('}');
            return text.toString();
        });
    }

    private Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.of("\"TOWN_PARTY_COMMITTEE\"", "\"DISTRICT_PARTY_COMMITTEE\"", "\"REGIONAL_UNIT\"",
                        "\"ADMIN\"", "\"READER\"", "\"南翔镇党委\"", "null", "true", "12", "-3.5e300", "[]", "{}",
                        "[\"x\"]", "{\"nested\":{\"deeper\":[1,2,3]}}"),
                Arbitraries.of(knownIds).map(ApiFuzzTest::quote),
                Arbitraries.strings().ofMaxLength(300).map(ApiFuzzTest::quote),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(150).ofMaxLength(260)
                        .map(ApiFuzzTest::quote),
                Arbitraries.integers().between(1, 3).map(n -> quote("长".repeat(n * 5_000))));
    }

    private static String quote(String text) {
        var out = new StringBuilder("\"");
        for (Iterator<Integer> it = text.codePoints().iterator(); it.hasNext();) {
            int c = it.next();
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

}
