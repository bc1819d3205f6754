package org.ronghe.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.contract.OpenApiDocument;

import com.fasterxml.jackson.databind.JsonNode;

/** Domain projects over HTTP: rule 6 and the derived rules as problems, views, and the flag-bearer's rights. */
class ProjectApiTest {

    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private TestServer server;
    private ApiClient admin;
    private String district;
    private String transport;
    private String market;
    private String town;

    @BeforeEach
    void jiading() {
        server = TestServer.onMemory();
        admin = server.admin();
        district = server.register("DISTRICT_PARTY_COMMITTEE", "区委", null).get("id").asText();
        transport = server.register("DEPARTMENT_PARTY_BODY", "区交通委党组", district).get("id").asText();
        market = server.register("DEPARTMENT_PARTY_BODY", "区市场监管局党委", district).get("id").asText();
        town = server.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district).get("id").asText();
        valid("POST", "/api/v1/project-domains", admin.post("/api/v1/project-domains",
                "{\"code\":\"road\",\"name\":\"路域\",\"nameEn\":\"Road\"}"));
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
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }

    private ApiClient.Response propose(String flagBearer, String... dues) {
        List<String> commitments = new ArrayList<>();
        for (int i = 0; i < dues.length; i++) {
            commitments.add("{\"deliverable\":\"交付" + (i + 1) + "\",\"dueOn\":\"" + dues[i] + "\"}");
        }
        return admin.post("/api/v1/projects", "{\"domain\":\"road\",\"title\":\"路域党建\",\"flagBearerId\":\"" + flagBearer
                + "\",\"coOrganizations\":[{\"organizationId\":\"" + town + "\",\"part\":\"沿线联动\"}],"
                + "\"mechanism\":{\"commander\":\"党组书记\",\"coordinator\":\"路域办主任\",\"implementers\":[\"示范路段\"]},"
                + "\"commitments\":[" + String.join(",", commitments) + "]}");
    }

    private String signedAndStarted(String... dues) {
        var created = propose(transport, dues);
        valid("POST", "/api/v1/projects", created);
        String path = "/api/v1/projects/" + created.json().get("id").asText();
        valid("POST", "/api/v1/projects/{id}/sign", admin.post(path + "/sign", "{\"on\":\"2022-02-15\",\"signatoryIds\":[\""
                + district + "\",\"" + transport + "\"]}", "If-Match", "\"1\""));
        valid("POST", "/api/v1/projects/{id}/start", admin.post(path + "/start", "{\"on\":\"2022-03-01\"}", "If-Match",
                "\"2\""));
        return path;
    }

    @Test
    void the_flag_bearer_carries_the_project_out_and_others_may_not() {
        String path = signedAndStarted("2022-12-31");
        var transportOperator = server.clientFor(transport, "OPERATOR");
        var marketOperator = server.clientFor(market, "OPERATOR");
        var townOperator = server.clientFor(town, "OPERATOR");

        problem(marketOperator.post(path + "/progress", "{\"commitment\":1,\"status\":\"DONE\",\"on\":\"2022-06-01\"}",
                "If-Match", "\"3\""), 403, "forbidden");
        valid("POST", "/api/v1/projects/{id}/comments", townOperator.post(path + "/comments",
                "{\"text\":\"沿线已配合\",\"on\":\"2022-05-01\"}", "If-Match", "\"3\""));
        valid("POST", "/api/v1/projects/{id}/progress", transportOperator.post(path + "/progress",
                "{\"commitment\":1,\"status\":\"DONE\",\"note\":\"建成\",\"on\":\"2022-06-01\"}", "If-Match", "\"4\""));
        var completed = transportOperator.post(path + "/complete", "{\"on\":\"2022-07-01\"}", "If-Match", "\"5\"");
        valid("POST", "/api/v1/projects/{id}/complete", completed);
        assertThat(completed.json().get("status").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void rule_6_a_town_cannot_carry_the_flag_and_only_principal_and_flag_bearer_sign() {
        problem(propose(town, "2022-12-31"), 409, "flag-bearer-rule");
        var created = propose(transport, "2022-12-31");
        String path = "/api/v1/projects/" + created.json().get("id").asText();

        problem(admin.post(path + "/sign", "{\"on\":\"2022-02-15\",\"signatoryIds\":[\"" + transport + "\"]}",
                "If-Match", "\"1\""), 409, "signatories-rule");
        problem(admin.post(path + "/start", "{\"on\":\"2022-03-01\"}", "If-Match", "\"1\""), 409, "project-lifecycle");
        var after = admin.get(path);
        assertThat(after.json().get("status").asText()).isEqualTo("PROPOSED");
        assertThat(after.header("ETag")).isEqualTo("\"1\"");
        assertThat(admin.get("/api/v1/projects").json().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void progress_on_a_day_outside_1949_to_2100_is_a_400_and_changes_nothing() {
        String path = signedAndStarted("2022-12-31");

        for (String day : new String[] { "0000-01-01", "+999999999-12-31", "1900-01-01", "2101-01-01" }) {
            var refused = admin.post(path + "/progress", "{\"commitment\":1,\"status\":\"DONE\",\"on\":\"" + day + "\"}",
                    "If-Match", "\"3\"");
            problem(refused, 400, "invalid-request-body");
            assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("on");
            assertThat(refused.json().get("errors").get(0).get("message").asText()).contains("1949-10-01", "2100-12-31");
        }
        assertThat(admin.get(path).header("ETag")).isEqualTo("\"3\"");
    }

    @Test
    void completed_only_when_every_commitment_is_done() {
        String path = signedAndStarted("2022-12-31", "2023-06-30");
        admin.post(path + "/progress", "{\"commitment\":1,\"status\":\"DONE\",\"on\":\"2022-06-01\"}", "If-Match", "\"3\"");

        problem(admin.post(path + "/complete", "{\"on\":\"2022-07-01\"}", "If-Match", "\"4\""), 409, "open-commitments");
        problem(admin.post(path + "/progress", "{\"commitment\":3,\"status\":\"DONE\",\"on\":\"2022-06-01\"}",
                "If-Match", "\"4\""), 422, "unknown-commitment");
        assertThat(admin.get(path).json().get("status").asText()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void overdue_commitments_are_listed_most_days_late_first_and_their_projects_are_at_risk() {
        signedAndStarted("2022-12-31");
        signedAndStarted("2023-03-31", "2024-01-01");
        propose(transport, "2020-01-01"); // proposed only: nothing is overdue before signing

        var overdue = admin.get("/api/v1/overdue-commitments?asOf=2023-04-04");
        valid("GET", "/api/v1/overdue-commitments", overdue);
        List<Long> daysLate = new ArrayList<>();
        overdue.json().get("items").forEach(o -> daysLate.add(o.get("daysLate").asLong()));
        assertThat(daysLate).containsExactly(94L, 4L);
        overdue.json().get("items").forEach(o -> assertThat(o.get("flagBearerName").asText())
                .isEqualTo(admin.get("/api/v1/organizations/" + o.get("flagBearerId").asText()).json().get("name")
                        .asText()));
        var atRisk = admin.get("/api/v1/projects?atRisk=true&asOf=2023-04-04");
        valid("GET", "/api/v1/projects", atRisk);
        assertThat(atRisk.json().get("totalItems").asLong()).isEqualTo(2);
        assertThat(admin.get("/api/v1/projects?atRisk=true&asOf=2022-12-31").json().get("totalItems").asLong()).isZero();
        JsonNode item = atRisk.json().get("items").get(0);
        assertThat(item.get("domain").asText()).isEqualTo("road");
        assertThat(item.get("flagBearerId").asText()).isEqualTo(transport);
        var map = admin.get("/api/v1/responsibility-map?asOf=2023-04-04");
        valid("GET", "/api/v1/responsibility-map", map);
        assertThat(map.json().get("items").get(0).get("flagBearers").get(0).get("projects")).hasSize(3);
    }

    @Test
    void suspend_resume_cancel_need_reasons_and_the_principal() {
        String path = signedAndStarted("2022-12-31");
        problem(admin.post(path + "/suspend", "{\"reason\":\" \",\"on\":\"2022-05-01\"}", "If-Match", "\"3\""), 400,
                "invalid-value");
        valid("POST", "/api/v1/projects/{id}/suspend", admin.post(path + "/suspend",
                "{\"reason\":\"道路改建\",\"on\":\"2022-05-01\"}", "If-Match", "\"3\""));
        problem(server.clientFor(transport, "OPERATOR").post(path + "/resume", "{\"on\":\"2022-06-01\"}", "If-Match",
                "\"4\""), 403, "forbidden");
        valid("POST", "/api/v1/projects/{id}/resume", admin.post(path + "/resume", "{\"on\":\"2022-06-01\"}",
                "If-Match", "\"4\""));
        valid("POST", "/api/v1/projects/{id}/cancel", admin.post(path + "/cancel", "{\"reason\":\"并入网格项目\","
                + "\"on\":\"2022-07-01\"}", "If-Match", "\"5\""));
        assertThat(admin.get(path).json().get("statusReason").asText()).isEqualTo("并入网格项目");
    }

    @Test
    void bad_input_is_a_problem() {
        problem(admin.post("/api/v1/projects", "{\"domain\":\"river\",\"title\":\"河域\",\"flagBearerId\":\"" + transport
                + "\",\"mechanism\":{\"commander\":\"a\",\"coordinator\":\"b\"},\"commitments\":[{\"deliverable\":\"x\","
                + "\"dueOn\":\"2023-01-01\"}]}"), 422, "unknown-reference");
        problem(admin.post("/api/v1/projects", "{\"domain\":\"road\",\"title\":\"x\",\"flagBearerId\":\"" + transport
                + "\",\"mechanism\":{\"commander\":\"a\",\"coordinator\":\"b\",\"boss\":\"c\"},\"commitments\":[]}"), 400,
                "invalid-request-body");
        problem(admin.post("/api/v1/project-domains", "{\"code\":\"road\",\"name\":\"路域\"}"), 409,
                "domain-already-listed");
        problem(admin.get("/api/v1/projects?atRisk=maybe"), 400, "invalid-value");
    }
}
