package org.ronghe.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.contract.OpenApiDocument;

import com.fasterxml.jackson.databind.JsonNode;

/** Areas and fusion committees over HTTP: rules 1–5 as problems with state unchanged, and as-of reads. */
class CommitteeApiTest {

    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private TestServer server;
    private ApiClient admin;
    private String district;
    private String jiadingTown;
    private String nanxiang;
    private String culture;
    private String ximen;

    @BeforeEach
    void jiading() {
        server = TestServer.onMemory();
        admin = server.admin();
        district = server.register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null).get("id").asText();
        jiadingTown = server.register("TOWN_PARTY_COMMITTEE", "嘉定镇街道党工委", district).get("id").asText();
        nanxiang = server.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district).get("id").asText();
        culture = server.register("DEPARTMENT_PARTY_BODY", "区文化旅游局党委", district).get("id").asText();
        var area = admin.post("/api/v1/areas", "{\"layout\":\"AREA\",\"name\":\"西门历史文化街区\",\"nameEn\":\"Ximen\","
                + "\"towns\":[\"" + jiadingTown + "\"]}");
        valid("POST", "/api/v1/areas", area);
        ximen = area.json().get("id").asText();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static void valid(String method, String template, ApiClient.Response response) {
        assertThat(DOCUMENT.validate(method, template, response)).as(response.body()).isEmpty();
    }

    private ApiClient.Response plan(String tier, String name, String extra) {
        return admin.post("/api/v1/committees", "{\"tier\":\"" + tier + "\",\"name\":\"" + name
                + "\",\"plannedOn\":\"2022-03-01\"" + extra + "}");
    }

    private JsonNode committee(String id, String asOf) {
        return admin.get("/api/v1/committees/" + id + (asOf == null ? "" : "?asOf=" + asOf)).json();
    }

    private static void problem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }

    @Test
    void the_ximen_committee_is_planned_staffed_established_and_read_as_of_a_day() {
        valid("POST", "/api/v1/committees", plan("DISTRICT_PROMOTION", "嘉定新城融合型党建推进委员会", ""));
        var planned = plan("AREA", "西门历史文化街区片区融委会", ",\"areaId\":\"" + ximen + "\"");
        valid("POST", "/api/v1/committees", planned);
        String id = planned.json().get("id").asText();
        String path = "/api/v1/committees/" + id;

        valid("POST", "/api/v1/committees/{id}/chair", admin.post(path + "/chair", "{\"name\":\"张三\",\"position\":\"嘉定镇街道党工委书记\","
                + "\"on\":\"2022-03-01\"}", "If-Match", "\"1\""));
        valid("POST", "/api/v1/committees/{id}/members", admin.post(path + "/members", "{\"organizationId\":\"" + jiadingTown
                + "\",\"role\":\"LEAD\",\"since\":\"2022-03-01\"}", "If-Match", "\"2\""));
        valid("POST", "/api/v1/committees/{id}/members", admin.post(path + "/members", "{\"organizationId\":\"" + culture
                + "\",\"role\":\"COOPERATING\",\"since\":\"2022-03-01\"}", "If-Match", "\"3\""));
        var established = admin.post(path + "/establish", "{\"on\":\"2022-09-01\"}", "If-Match", "\"4\"");
        valid("POST", "/api/v1/committees/{id}/establish", established);

        assertThat(established.json().get("status").asText()).isEqualTo("ESTABLISHED");
        assertThat(committee(id, "2022-08-31").get("status").asText()).isEqualTo("PLANNED");
        // every member named beside its id, so that nobody has to look an id up
        var members = established.json().get("members");
        assertThat(members).hasSize(2);
        members.forEach(m -> assertThat(m.get("organizationName").asText()).isEqualTo(
                m.get("organizationId").asText().equals(jiadingTown) ? "嘉定镇街道党工委" : "区文化旅游局党委"));
        var list = admin.get("/api/v1/committees?tier=AREA&status=ESTABLISHED");
        valid("GET", "/api/v1/committees", list);
        assertThat(list.json().get("items").get(0).get("tier").asText()).isEqualTo("AREA");
        var seats = admin.get("/api/v1/organizations/" + culture + "/seats?asOf=2022-09-01");
        valid("GET", "/api/v1/organizations/{id}/seats", seats);
        assertThat(seats.json().get("items").get(0).get("role").asText()).isEqualTo("COOPERATING");
        valid("GET", "/api/v1/committees/{id}", admin.get(path + "?asOf=2021-01-01"));
        valid("GET", "/api/v1/areas", admin.get("/api/v1/areas"));
    }

    @Test
    void a_committee_read_again_after_a_member_was_renamed_names_it_anew_and_an_earlier_day_answers_its_own_members() {
        plan("DISTRICT_PROMOTION", "推进委员会", "");
        String id = plan("AREA", "西门片区融委会", ",\"areaId\":\"" + ximen + "\"").json().get("id").asText();
        admin.post("/api/v1/committees/" + id + "/members", "{\"organizationId\":\"" + culture
                + "\",\"role\":\"COOPERATING\",\"since\":\"2022-06-01\"}", "If-Match", "\"1\"");
        assertThat(committee(id, "2022-07-01").get("members").get(0).get("organizationName").asText())
                .isEqualTo("区文化旅游局党委");
        assertThat(committee(id, "2022-05-01").get("members")).as("the same version, another day").isEmpty();

        assertThat(admin.post("/api/v1/organizations/" + culture + "/rename", "{\"name\":\"区文化和旅游局党委\"}",
                "If-Match", "\"1\"").status()).isEqualTo(200);

        assertThat(committee(id, "2022-07-01").get("members").get(0).get("organizationName").asText())
                .as("the committee's version did not move; its member's name did").isEqualTo("区文化和旅游局党委");
    }

    @Test
    void rule_1_a_second_promotion_committee_is_409_and_nothing_is_stored() {
        plan("DISTRICT_PROMOTION", "推进委员会", "");

        problem(plan("DISTRICT_PROMOTION", "第二推进委员会", ""), 409, "second-promotion-committee");
        assertThat(admin.get("/api/v1/committees").json().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void rule_1_the_promotion_committee_is_not_dissolved_while_committees_hang_under_it() {
        String promotion = plan("DISTRICT_PROMOTION", "推进委员会", "").json().get("id").asText();
        plan("AREA", "西门片区融委会", ",\"areaId\":\"" + ximen + "\"");

        problem(admin.post("/api/v1/committees/" + promotion + "/dissolve", "{\"on\":\"2024-01-01\"}", "If-Match", "\"1\""),
                409, "live-child-committees");
        assertThat(committee(promotion, null).get("status").asText()).isEqualTo("PLANNED");
        problem(plan("DISTRICT_PROMOTION", "第二推进委员会", ""), 409, "second-promotion-committee");
    }

    @Test
    void a_chair_appointed_on_a_day_outside_1949_to_2100_is_a_400_and_changes_nothing() {
        plan("DISTRICT_PROMOTION", "推进委员会", "");
        String id = plan("AREA", "西门片区融委会", ",\"areaId\":\"" + ximen + "\"").json().get("id").asText();

        for (String day : new String[] { "0000-01-01", "+999999999-12-31" }) {
            problem(admin.post("/api/v1/committees/" + id + "/chair", "{\"name\":\"张三\",\"position\":\"书记\",\"on\":\""
                    + day + "\"}", "If-Match", "\"1\""), 400, "invalid-request-body");
        }
        assertThat(committee(id, null).get("version").asLong()).isEqualTo(1);
    }

    @Test
    void two_areas_may_not_share_a_name_not_even_with_an_invisible_character_between() {
        var twin = admin.post("/api/v1/areas", "{\"layout\":\"AREA\",\"name\":\"西门历史文化\\u200B街区\",\"towns\":[\""
                + jiadingTown + "\"]}");

        problem(twin, 409, "duplicate-area-name");
        assertThat(admin.get("/api/v1/areas").json().get("items")).hasSize(1);
    }

    @Test
    void rule_2_a_second_committee_for_a_field_is_409() {
        plan("DISTRICT_PROMOTION", "推进委员会", "");
        plan("PROFESSIONAL", "经济专业委员会", ",\"field\":\"ECONOMY\"");

        problem(plan("PROFESSIONAL", "又一经济委员会", ",\"field\":\"ECONOMY\""), 409, "field-already-covered");
        problem(plan("PROFESSIONAL", "无领域", ""), 400, "invalid-value");
        assertThat(admin.get("/api/v1/committees?tier=PROFESSIONAL").json().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void rule_3_a_town_of_another_area_cannot_lead_and_a_department_does_not_participate() {
        plan("DISTRICT_PROMOTION", "推进委员会", "");
        String id = plan("AREA", "西门融委会", ",\"areaId\":\"" + ximen + "\"").json().get("id").asText();
        String path = "/api/v1/committees/" + id;

        var wrongLead = admin.post(path + "/members", "{\"organizationId\":\"" + nanxiang
                + "\",\"role\":\"LEAD\",\"since\":\"2022-03-01\"}", "If-Match", "\"1\"");
        var wrongRole = admin.post(path + "/members", "{\"organizationId\":\"" + culture
                + "\",\"role\":\"PARTICIPATING\",\"since\":\"2022-03-01\"}", "If-Match", "\"1\"");

        problem(wrongLead, 409, "lead-rule");
        problem(wrongRole, 409, "member-role-not-allowed");
        valid("POST", "/api/v1/committees/{id}/members", wrongRole);
        assertThat(committee(id, null).get("version").asLong()).isEqualTo(1);
        assertThat(committee(id, null).get("history")).isEmpty();
    }

    @Test
    void rule_4_no_establishment_without_chair_and_lead_and_a_dissolved_committee_takes_no_members() {
        plan("DISTRICT_PROMOTION", "推进委员会", "");
        String id = plan("AREA", "西门融委会", ",\"areaId\":\"" + ximen + "\"").json().get("id").asText();
        String path = "/api/v1/committees/" + id;

        problem(admin.post(path + "/establish", "{\"on\":\"2022-09-01\"}", "If-Match", "\"1\""), 409,
                "not-ready-to-establish");
        assertThat(admin.post(path + "/dissolve", "{\"on\":\"2024-01-01\"}", "If-Match", "\"1\"").status())
                .isEqualTo(200);
        problem(admin.post(path + "/members", "{\"organizationId\":\"" + culture + "\",\"role\":\"COOPERATING\","
                + "\"since\":\"2024-02-01\"}", "If-Match", "\"2\""), 409, "committee-dissolved");
        assertThat(committee(id, null).get("status").asText()).isEqualTo("DISSOLVED");
    }

    @Test
    void rule_5_an_organization_sits_at_most_once() {
        plan("DISTRICT_PROMOTION", "推进委员会", "");
        String id = plan("AREA", "西门融委会", ",\"areaId\":\"" + ximen + "\"").json().get("id").asText();
        String path = "/api/v1/committees/" + id;
        admin.post(path + "/members", "{\"organizationId\":\"" + culture + "\",\"role\":\"COOPERATING\","
                + "\"since\":\"2022-03-01\"}", "If-Match", "\"1\"");

        problem(admin.post(path + "/members", "{\"organizationId\":\"" + culture + "\",\"role\":\"COOPERATING\","
                + "\"since\":\"2022-04-01\"}", "If-Match", "\"2\""), 409, "already-member");
        assertThat(committee(id, null).get("history")).hasSize(1);
    }

    @Test
    void bad_input_is_400_and_unknown_references_422() {
        problem(admin.post("/api/v1/areas", "{\"layout\":\"RING\",\"name\":\"x\",\"towns\":\"not-a-list\"}"), 400,
                "invalid-request-body");
        problem(admin.post("/api/v1/areas", "{\"layout\":\"AREA\",\"name\":\"x\",\"towns\":[\""
                + "00000000-0000-4000-8000-000000000000\"]}"), 422, "unknown-reference");
        problem(admin.post("/api/v1/areas", "{\"layout\":\"AREA\",\"name\":\"x\",\"towns\":[\"" + culture + "\"]}"), 400,
                "invalid-value");
        problem(plan("AREA", "x", ",\"areaId\":\"00000000-0000-4000-8000-000000000000\""), 422, "unknown-reference");
        problem(plan("AREA", "x", ",\"areaId\":\"" + ximen + "\""), 409, "committee-parent");
        problem(admin.post("/api/v1/committees", "{\"tier\":\"AREA\",\"name\":\"x\",\"plannedOn\":\"yesterday\"}"), 400,
                "invalid-request-body");
        problem(admin.get("/api/v1/committees?asOf=soon"), 400, "invalid-value");
    }
}
