package org.ronghe.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The organization resource over HTTP, on the server as it is composed for production, on memory storage. */
class OrganizationApiTest {

    private static TestServer server;
    private static ApiClient api;

    /** A store of its own per test: each test registers the district's one party committee. */
    @BeforeEach
    void start() {
        server = TestServer.onMemory();
        api = server.admin();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static JsonNode register(String kind, String name, String parentId) {
        var response = api.post("/api/v1/organizations", "{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\""
                + (parentId == null ? "" : ",\"parentId\":\"" + parentId + "\"") + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static JsonNode district() {
        return register("DISTRICT_PARTY_COMMITTEE", "区委" + System.nanoTime(), null);
    }

    private static void assertProblem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("type").asText()).isEqualTo("urn:ronghe:problem:" + code);
        assertThat(problem.get("requestId").asText()).isEqualTo(response.header("X-Request-Id"));
        assertThat(response.body()).doesNotContain("Exception", "org.ronghe", "at java.", "SQL");
    }

    private static long count() {
        return api.get("/api/v1/organizations?size=1").json().get("totalItems").asLong();
    }

    @Test
    void registering_answers_201_with_location_etag_and_the_organization() {
        var district = district();
        var response = api.post("/api/v1/organizations", """
                {"kind":"TOWN_PARTY_COMMITTEE","name":"南翔镇党委","nameEn":"Nanxiang Town","jurisdiction":"南翔镇",
                 "parentId":"%s"}""".formatted(district.get("id").asText()));

        assertThat(response.status()).isEqualTo(201);
        JsonNode town = response.json();
        assertThat(response.header("Location")).isEqualTo("/api/v1/organizations/" + town.get("id").asText());
        assertThat(response.header("ETag")).isEqualTo("\"1\"");
        assertThat(town.get("name").asText()).isEqualTo("南翔镇党委");
        assertThat(town.get("nameEn").asText()).isEqualTo("Nanxiang Town");
        assertThat(town.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(town.get("version").asLong()).isEqualTo(1);
        assertThat(town.get("registeredAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

        var read = api.get(response.header("Location"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json()).isEqualTo(town);
    }

    @Test
    void listing_filters_by_kind_parent_and_status_and_pages() {
        var district = district();
        String parent = district.get("id").asText();
        for (int i = 0; i < 3; i++) {
            register("DEPARTMENT_PARTY_BODY", "部门" + i, parent);
        }
        register("TOWN_PARTY_COMMITTEE", "嘉定镇街道党工委", parent);

        var page = api.get("/api/v1/organizations?kind=DEPARTMENT_PARTY_BODY&parentId=" + parent + "&status=ACTIVE&page=2&size=2");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.json().get("totalPages").asLong()).isEqualTo(2);
        assertThat(page.json().get("items")).hasSize(1);
        assertThat(page.json().get("items").get(0).get("name").asText()).isEqualTo("部门2");
    }

    @Test
    void rename_needs_the_current_etag_in_if_match() {
        var district = district();
        String path = "/api/v1/organizations/" + district.get("id").asText();

        assertProblem(api.post(path + "/rename", "{\"name\":\"新名称\"}"), 428, "precondition-required");
        assertProblem(api.post(path + "/rename", "{\"name\":\"新名称\"}", "If-Match", "1"), 400, "malformed-if-match");
        var renamed = api.post(path + "/rename", "{\"name\":\"新名称\",\"nameEn\":\"New\"}", "If-Match", "\"1\"");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.header("ETag")).isEqualTo("\"2\"");
        assertThat(renamed.json().get("name").asText()).isEqualTo("新名称");

        assertProblem(api.post(path + "/rename", "{\"name\":\"又一个名称\"}", "If-Match", "\"1\""), 412, "stale-version");
        assertThat(api.get(path).json().get("name").asText()).isEqualTo("新名称");
    }

    @Test
    void moving_into_a_cycle_is_a_409_and_changes_nothing() {
        var district = district();
        var enterprise = register("ENTERPRISE_PARTY_ORGANIZATION", "某企业党委", district.get("id").asText());
        var temporary = register("TEMPORARY_PARTY_ORGANIZATION", "临时党支部", enterprise.get("id").asText());
        String path = "/api/v1/organizations/" + enterprise.get("id").asText();

        assertProblem(api.post(path + "/move", "{\"parentId\":\"" + temporary.get("id").asText() + "\"}",
                "If-Match", "\"1\""), 409, "parent-cycle");

        var after = api.get(path);
        assertThat(after.json().get("parentId").asText()).isEqualTo(district.get("id").asText());
        assertThat(after.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void moving_to_the_top_and_retiring() {
        var district = district();
        var unit = register("REGIONAL_UNIT", "上海某研究院", district.get("id").asText());
        String path = "/api/v1/organizations/" + unit.get("id").asText();

        var moved = api.post(path + "/move", "{\"parentId\":null}", "If-Match", "\"1\"");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("parentId").isNull()).isTrue();
        assertProblem(api.post(path + "/move", "{}", "If-Match", "\"2\""), 400, "invalid-value");

        var retired = api.method("POST", path + "/retire");
        assertProblem(retired, 428, "precondition-required");
        var done = api.send(api.request(path + "/retire").header("If-Match", "\"2\"")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("status").asText()).isEqualTo("RETIRED");
        assertProblem(api.post(path + "/rename", "{\"name\":\"退休后改名\"}", "If-Match", "\"3\""), 409,
                "organization-retired");
    }

    @Test
    void bad_input_is_a_4xx_problem_and_stores_nothing() {
        var district = district();
        String parent = district.get("id").asText();
        long before = count();

        assertProblem(api.post("/api/v1/organizations", "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":"), 400,
                "malformed-request");
        assertProblem(api.post("/api/v1/organizations", "[1,2]"), 400, "malformed-request");
        assertProblem(api.post("/api/v1/organizations", "{\"kind\":1,\"name\":[\"x\"]}"), 400, "invalid-request-body");
        assertProblem(api.post("/api/v1/organizations", "{\"kind\":\"PARTY_CELL\",\"name\":\"x\"}"), 400,
                "invalid-value");
        assertProblem(api.post("/api/v1/organizations", "{\"kind\":\"REGIONAL_UNIT\",\"name\":\""
                + "长".repeat(10_000) + "\"}"), 400, "invalid-value");
        assertProblem(api.post("/api/v1/organizations", "{\"kind\":\"REGIONAL_UNIT\",\"name\":\"x\",\"colour\":\"red\"}"),
                400, "invalid-request-body");
        assertProblem(api.post("/api/v1/organizations", "{\"kind\":\"REGIONAL_UNIT\",\"name\":\"x\"}",
                "Content-Type", "text/plain"), 415, "unsupported-media-type");
        assertProblem(api.post("/api/v1/organizations", "{\"kind\":\"VILLAGE_RESIDENTIAL_PARTY_ORGANIZATION\","
                + "\"name\":\"北管村\",\"parentId\":\"" + parent + "\"}"), 409, "parent-kind-not-allowed");
        assertProblem(api.post("/api/v1/organizations", "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"x\","
                + "\"parentId\":\"00000000-0000-4000-8000-000000000000\"}"), 422, "unknown-reference");
        assertProblem(api.post("/api/v1/organizations", "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"x\","
                + "\"parentId\":\"not-a-uuid\"}"), 400, "invalid-value");
        assertProblem(api.post("/api/v1/organizations", "{\"kind\":\"REGIONAL_UNIT\",\"name\":\"x\",\"name\":\"y\"}"),
                400, "malformed-request");
        assertProblem(api.post("/api/v1/organizations", "{\"kind\":\"REGIONAL_UNIT\",\"name\":\"a\\r\\nb\"}"), 400,
                "invalid-value");

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_second_district_party_committee_is_a_409_and_stores_nothing() {
        district();

        var second = api.post("/api/v1/organizations", "{\"kind\":\"DISTRICT_PARTY_COMMITTEE\",\"name\":\"另一个区委\"}");

        assertProblem(second, 409, "second-district-party-committee");
        assertThat(api.get("/api/v1/organizations?kind=DISTRICT_PARTY_COMMITTEE").json().get("totalItems").asInt())
                .isEqualTo(1);
    }

    @Test
    void names_are_stored_without_invisible_characters_and_compared_by_what_shows() {
        String district = district().get("id").asText();
        var town = register("TOWN_PARTY_COMMITTEE", "\\uFEFF甲镇\\u202E", district);

        assertThat(town.get("name").asText()).isEqualTo("甲镇");
        for (String twin : new String[] { "甲镇\\u200B", "甲\\u200D镇", " 甲镇 ", "甲镇\\u00AD" }) {
            assertProblem(api.post("/api/v1/organizations", "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"" + twin
                    + "\",\"parentId\":\"" + district + "\"}"), 409, "duplicate-sibling-name");
        }
        var surrogate = api.post("/api/v1/organizations", "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"乙\\ud800镇\","
                + "\"parentId\":\"" + district + "\"}");
        assertProblem(surrogate, 400, "invalid-value");
        assertThat(surrogate.json().get("errors").get(0).get("message").asText()).contains("surrogate");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void a_body_over_one_megabyte_is_413() {
        String huge = "{\"kind\":\"REGIONAL_UNIT\",\"name\":\"" + "x".repeat(1_100_000) + "\"}";

        assertProblem(api.post("/api/v1/organizations", huge), 413, "content-too-large");
    }

    @Test
    void unknown_ids_routes_and_methods_are_problems_too() {
        assertProblem(api.get("/api/v1/organizations/00000000-0000-4000-8000-000000000000"), 404, "not-found");
        assertProblem(api.get("/api/v1/organizations/not-a-uuid"), 404, "not-found");
        assertProblem(api.get("/api/v1/nothing-here"), 404, "not-found");
        assertProblem(api.method("DELETE", "/api/v1/organizations"), 405, "method-not-allowed");
        assertProblem(api.get("/api/v1/organizations?size=101"), 400, "invalid-value");
        assertProblem(api.get("/api/v1/organizations?page=zero&kind=NONE"), 400, "invalid-value");
        var problem = api.get("/api/v1/organizations?page=0&size=0&status=GONE").json();
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("page", "size", "status");
    }

    @Test
    void every_response_carries_a_request_id_and_nosniff_and_no_server_header() {
        var response = api.get("/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Request-Id")).isNotBlank();
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Server")).isNull();
        var echoed = api.send(api.request("/health").header("X-Request-Id", "abc-123"));
        assertThat(echoed.header("X-Request-Id")).isEqualTo("abc-123");
        var forged = api.send(api.request("/health").header("X-Request-Id", "x y\tforged"));
        assertThat(forged.header("X-Request-Id")).isNotEqualTo("x y\tforged");
    }

    @Test
    void the_list_is_stable_json() {
        var list = api.get("/api/v1/organizations");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Content-Type")).startsWith("application/json");
        assertThat(List.of("items", "page", "size", "totalItems", "totalPages"))
                .allSatisfy(field -> assertThat(list.json().has(field)).isTrue());
    }
}
