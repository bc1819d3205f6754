package org.ronghe.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.contract.OpenApiDocument;

/** Co-work activities over HTTP: recorded by those who took part, withdrawn once, counted per form. */
class ActivityApiTest {

    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private TestServer server;
    private String town;
    private String unit;
    private String outsider;

    @BeforeEach
    void organizations() {
        server = TestServer.onMemory();
        String district = server.register("DISTRICT_PARTY_COMMITTEE", "区委", null).get("id").asText();
        town = server.register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district).get("id").asText();
        unit = server.register("REGIONAL_UNIT", "某研究院", town).get("id").asText();
        outsider = server.register("DEPARTMENT_PARTY_BODY", "区水务局党组", district).get("id").asText();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void valid(String method, String template, ApiClient.Response response) {
        assertThat(DOCUMENT.validate(method, template, response)).as(response.body()).isEmpty();
    }

    private static void problem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }

    private String body(String form, String... organizations) {
        return "{\"form\":\"" + form + "\",\"title\":\"联合调研\",\"organizationIds\":[\"" + String.join("\",\"", organizations)
                + "\"],\"heldOn\":\"2022-05-20\"}";
    }

    @Test
    void an_organization_that_took_part_records_and_withdraws_and_the_counts_follow() {
        var operator = server.clientFor(town, "OPERATOR");
        var recorded = operator.post("/api/v1/activities", body("RESEARCH_DONE_TOGETHER", town, unit));
        valid("POST", "/api/v1/activities", recorded);
        String path = "/api/v1/activities/" + recorded.json().get("id").asText();
        valid("GET", "/api/v1/activities/{id}", operator.get(path));
        valid("GET", "/api/v1/activities", operator.get("/api/v1/activities?form=RESEARCH_DONE_TOGETHER"));

        var counts = operator.get("/api/v1/activity-counts");
        valid("GET", "/api/v1/activity-counts", counts);
        assertThat(counts.json().get("items").findParents("dimension").stream()
                .filter(c -> c.get("key").asText().equals("RESEARCH_DONE_TOGETHER")).findFirst().orElseThrow()
                .get("activities").asLong()).isEqualTo(1);

        problem(server.clientFor(outsider, "OPERATOR").post(path + "/withdraw", "{\"reason\":\"误登\"}", "If-Match", "\"1\""),
                403, "forbidden");
        var withdrawn = server.clientFor(unit, "OPERATOR").post(path + "/withdraw", "{\"reason\":\"误登\"}", "If-Match",
                "\"1\"");
        valid("POST", "/api/v1/activities/{id}/withdraw", withdrawn);
        assertThat(withdrawn.json().get("withdrawn").asBoolean()).isTrue();
        problem(operator.post(path + "/withdraw", "{\"reason\":\"再次\"}", "If-Match", "\"2\""), 409, "activity-withdrawn");
        problem(operator.post(path + "/withdraw", "{\"reason\":\"再次\"}", "If-Match", "\"1\""), 412, "stale-version");
        assertThat(operator.get("/api/v1/activities").json().get("totalItems").asInt()).isZero();
        assertThat(operator.get("/api/v1/activities?includeWithdrawn=true").json().get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void bad_records_are_problems_and_store_nothing() {
        var operator = server.clientFor(town, "OPERATOR");
        problem(operator.post("/api/v1/activities", body("RESEARCH_DONE_TOGETHER", town)), 400, "invalid-value");
        problem(operator.post("/api/v1/activities", body("PARTYING_TOGETHER", town, unit)), 400, "invalid-value");
        problem(server.clientFor(outsider, "OPERATOR").post("/api/v1/activities", body("RESEARCH_DONE_TOGETHER", town,
                unit)), 403, "forbidden");
        problem(server.clientFor(town, "READER").post("/api/v1/activities", body("RESEARCH_DONE_TOGETHER", town, unit)),
                403, "forbidden");
        problem(operator.get("/api/v1/activities?from=yesterday"), 400, "invalid-value");

        assertThat(operator.get("/api/v1/activities?includeWithdrawn=true").json().get("totalItems").asInt()).isZero();
    }
}
