package org.ronghe.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.contract.OpenApiDocument;

/** The target system over HTTP: ADMIN defines, the responsible organization reports, attainment and the dashboard follow. */
class TargetSystemApiTest {

    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private TestServer server;
    private String department;
    private String town;
    private String system;

    @BeforeEach
    void fourteenthFiveYearPlan() {
        server = TestServer.onMemory();
        String district = server.register("DISTRICT_PARTY_COMMITTEE", "区委", null).get("id").asText();
        department = server.register("DEPARTMENT_PARTY_BODY", "区委组织部", district).get("id").asText();
        town = server.register("TOWN_PARTY_COMMITTEE", "马陆镇党委", district).get("id").asText();
        var defined = server.admin().post("/api/v1/target-systems",
                "{\"title\":\"嘉定新城“十四五”融合目标\",\"firstYear\":2021,\"lastYear\":2025}");
        valid("POST", "/api/v1/target-systems", defined);
        assertThat(defined.header("Location")).endsWith(defined.json().get("id").asText());
        system = "/api/v1/target-systems/" + defined.json().get("id").asText();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void valid(String method, String template, ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        assertThat(DOCUMENT.validate(method, template, response)).as(response.body()).isEmpty();
    }

    private static void problem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }

    private String etag() {
        return server.admin().get(system).header("ETag");
    }

    private ApiClient.Response addIndicator(String code, String category, String extra) {
        return server.admin().post(system + "/indicators", "{\"code\":\"" + code + "\",\"title\":\"指标" + code
                + "\",\"titleEn\":\"Indicator " + code + "\",\"category\":\"" + category + "\",\"unit\":\"个\","
                + "\"direction\":\"AT_LEAST\",\"responsibleId\":\"" + department + "\""
                + (extra.contains("\"baseline\"") || extra.contains("\"target\"") ? "" : ",\"baseline\":0,\"target\":100")
                + extra + "}", "If-Match", etag());
    }

    private ApiClient.Response report(ApiClient client, String code, String value, Integer corrects) {
        return client.post(system + "/indicators/" + code + "/readings", "{\"value\":" + value
                + ",\"asOf\":\"2022-12-31\",\"note\":\"年度统计\",\"evidence\":\"统计公报\""
                + (corrects == null ? "" : ",\"corrects\":" + corrects) + "}", "If-Match", etag());
    }

    @Test
    void the_responsible_department_reports_others_get_403_and_attainment_and_the_dashboard_follow() {
        var added = addIndicator("D-01", "DEVELOPMENTAL", ",\"interimTargets\":{\"2022\":40,\"2024\":80.5}");
        valid("POST", "/api/v1/target-systems/{id}/indicators", added);
        assertThat(added.json().get("attainment").asText()).isEqualTo("NO_DATA");
        addIndicator("P-01", "PRACTICAL", ",\"live\":\"ESTABLISHED_AREA_COMMITTEES\"");

        problem(report(server.clientFor(town, "OPERATOR"), "D-01", "50", null), 403, "forbidden");
        problem(report(server.admin(), "D-01", "50", null), 403, "forbidden");
        var operator = server.clientFor(department, "OPERATOR");
        var reported = report(operator, "D-01", "50", null);
        valid("POST", "/api/v1/target-systems/{id}/indicators/{code}/readings", reported);
        assertThat(reported.json().get("value").decimalValue()).isEqualByComparingTo("50");
        String onReferenceDay = system + "/indicators/D-01?asOf=2023-04-04";
        assertThat(operator.get(onReferenceDay).json().get("attainment").asText()).isEqualTo("ON_TRACK");
        var corrected = report(operator, "D-01", "25.5", 1);
        assertThat(operator.get(onReferenceDay).json().get("attainment").asText()).isEqualTo("AT_RISK");
        assertThat(corrected.json().get("readings").get(0).get("supersededBy").asInt()).isEqualTo(2);
        problem(report(operator, "P-01", "9", null), 409, "live-indicator");

        var indicator = operator.get(system + "/indicators/D-01?asOf=2022-06-30");
        valid("GET", "/api/v1/target-systems/{id}/indicators/{code}", indicator);
        assertThat(indicator.json().get("attainment").asText()).isEqualTo("NO_DATA");
        var live = operator.get(system + "/indicators/P-01");
        assertThat(live.json().get("live").get("definition").asText()).contains("ESTABLISHED");
        assertThat(live.json().get("value").asInt()).isZero();
        valid("GET", "/api/v1/target-systems/{id}", operator.get(system));
        valid("GET", "/api/v1/target-systems", operator.get("/api/v1/target-systems"));

        var dashboard = server.clientFor(town, "READER").get(system + "/dashboard?asOf=2023-04-04");
        valid("GET", "/api/v1/target-systems/{id}/dashboard", dashboard);
        assertThat(dashboard.json().get("categories")).hasSize(5);
        assertThat(dashboard.json().get("indicators").get(0).get("code").asText()).isEqualTo("P-01");
        assertThat(dashboard.json().get("overall").get("counts").get("AT_RISK").asInt()).isEqualTo(1);
    }

    @Test
    void bad_requests_are_problems_and_change_nothing() {
        problem(server.clientFor(department, "OPERATOR").post("/api/v1/target-systems",
                "{\"title\":\"x\",\"firstYear\":2021,\"lastYear\":2025}"), 403, "forbidden");
        problem(server.admin().post("/api/v1/target-systems", "{\"title\":\"x\",\"firstYear\":2026,\"lastYear\":2021}"),
                400, "invalid-value");
        problem(addIndicator("D 01", "DEVELOPMENTAL", ""), 400, "invalid-value");
        problem(addIndicator("D-01", "HAPPINESS", ""), 400, "invalid-value");
        problem(addIndicator("D-01", "DEVELOPMENTAL", ",\"baseline\":\"zero\""), 400, "invalid-request-body");
        problem(addIndicator("D-01", "DEVELOPMENTAL", ",\"interimTargets\":{\"next\":1}"), 400, "invalid-value");
        problem(addIndicator("D-01", "DEVELOPMENTAL", ",\"target\":1e300"), 400, "invalid-request-body");
        problem(addIndicator("D-01", "DEVELOPMENTAL", ",\"projectIds\":[\"00000000-0000-0000-0000-000000000001\"]"),
                422, "unknown-reference");
        problem(server.admin().post(system + "/indicators", "{\"code\":\"D-01\",\"title\":\"x\",\"category\":\"SHARED\","
                + "\"direction\":\"AT_LEAST\",\"target\":1,\"responsibleId\":\"" + department + "\"}", "If-Match", "\"7\""),
                412, "stale-version");
        problem(server.admin().post(system + "/indicators", "{}", "If-Match", etag()), 400, "invalid-value");
        problem(server.admin().post(system + "/indicators", "{}"), 428, "precondition-required");
        assertThat(server.admin().get(system).json().get("indicators")).isEmpty();

        addIndicator("D-01", "DEVELOPMENTAL", "");
        var operator = server.clientFor(department, "OPERATOR");
        problem(operator.post(system + "/indicators/D-01/readings", "{\"value\":1,\"asOf\":\"2099-01-01\"}", "If-Match",
                etag()), 400, "invalid-value");
        problem(report(operator, "D-01", "1", 5), 409, "reading-correction");
        problem(report(operator, "X-99", "1", null), 404, "not-found");
        problem(operator.get(system + "/indicators/X-99"), 404, "not-found");
        problem(operator.get("/api/v1/target-systems/not-a-uuid"), 404, "not-found");
        problem(operator.get(system + "/dashboard?asOf=someday"), 400, "invalid-value");
        assertThat(operator.get(system + "/indicators/D-01").json().get("readings")).isEmpty();
    }
}
