package org.ronghe.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.adapter.http.contract.OpenApiDocument;

import com.fasterxml.jackson.databind.JsonNode;

/** The structure views: the JSON tree with counts, and Mermaid and DOT that real tools can draw. */
class StructureApiTest {

    private static TestServer server;
    private static ApiClient admin;
    private static String promotionId;
    private static String ximenId;

    @BeforeAll
    static void jiading() {
        server = TestServer.onMemory();
        admin = server.admin();
        String district = server.register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null).get("id").asText();
        String town = server.register("TOWN_PARTY_COMMITTEE", "嘉定镇街道党工委", district).get("id").asText();
        String area = admin.post("/api/v1/areas", "{\"layout\":\"AREA\",\"name\":\"西门历史文化街区\",\"towns\":[\"" + town
                + "\"]}").json().get("id").asText();
        promotionId = admin.post("/api/v1/committees", "{\"tier\":\"DISTRICT_PROMOTION\",\"name\":\"推进委员会\","
                + "\"plannedOn\":\"2022-01-01\"}").json().get("id").asText();
        admin.post("/api/v1/committees/" + promotionId + "/members", "{\"organizationId\":\"" + district
                + "\",\"role\":\"LEAD\",\"since\":\"2022-01-01\"}", "If-Match", "\"1\"");
        ximenId = admin.post("/api/v1/committees", "{\"tier\":\"AREA\",\"name\":\"西门\\\"历史\\\"片区融委会\","
                + "\"areaId\":\"" + area + "\",\"plannedOn\":\"2022-03-01\"}").json().get("id").asText();
        String ximen = ximenId;
        admin.post("/api/v1/committees/" + ximen + "/chair", "{\"name\":\"张三\",\"position\":\"书记\",\"on\":\"2022-03-01\"}",
                "If-Match", "\"1\"");
        admin.post("/api/v1/committees/" + ximen + "/members", "{\"organizationId\":\"" + town
                + "\",\"role\":\"LEAD\",\"since\":\"2022-03-01\"}", "If-Match", "\"2\"");
        var established = admin.post("/api/v1/committees/" + ximen + "/establish", "{\"on\":\"2022-09-01\"}", "If-Match",
                "\"3\"");
        assertThat(established.status()).as(established.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_tree_hangs_the_area_committee_under_the_promotion_committee_and_counts_by_tier_and_status() {
        var response = admin.get("/api/v1/structure?asOf=2022-10-01");
        assertThat(new OpenApiDocument().validate("GET", "/api/v1/structure", response)).isEmpty();
        JsonNode structure = response.json();

        assertThat(structure.get("roots")).hasSize(1);
        JsonNode root = structure.get("roots").get(0);
        assertThat(root.get("tier").asText()).isEqualTo("DISTRICT_PROMOTION");
        assertThat(root.get("members").get(0).get("role").asText()).isEqualTo("LEAD");
        assertThat(root.get("children").get(0).get("areaName").asText()).isEqualTo("西门历史文化街区");
        assertThat(root.get("children").get(0).get("status").asText()).isEqualTo("ESTABLISHED");
        assertThat(structure.get("counts").get("AREA").get("ESTABLISHED").asLong()).isEqualTo(1);
        assertThat(structure.get("counts").get("DISTRICT_PROMOTION").get("PLANNED").asLong()).isEqualTo(1);
    }

    @Test
    void as_of_a_day_before_its_establishment_the_area_committee_was_planned() {
        JsonNode structure = admin.get("/api/v1/structure?asOf=2022-08-31").json();

        assertThat(structure.get("counts").get("AREA").get("PLANNED").asLong()).isEqualTo(1);
        assertThat(structure.get("counts").get("AREA").get("ESTABLISHED").asLong()).isZero();
        JsonNode before = admin.get("/api/v1/structure?asOf=2021-12-31").json();
        assertThat(before.get("roots")).isEmpty();
    }

    @Test
    void mermaid_names_every_committee_and_member_with_its_role() {
        var response = admin.get("/api/v1/structure.mmd?asOf=2022-10-01");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/vnd.mermaid");
        assertThat(response.body()).startsWith("%% Ronghe").contains("flowchart TD", "推进委员会", "统筹协调",
                "区级推进委员会 · 筹建中", "片区融委会 · 已成立", "西门#quot;历史#quot;片区融委会")
                .doesNotContain("DISTRICT_PROMOTION", "ESTABLISHED", "LEAD");
    }

    @Test
    void graphviz_draws_the_dot_text(@TempDir Path directory) throws Exception {
        var response = admin.get("/api/v1/structure.dot?asOf=2022-10-01");
        assertThat(response.header("Content-Type")).startsWith("text/vnd.graphviz");
        Path dot = directory.resolve("structure.dot");
        Files.writeString(dot, response.body(), StandardCharsets.UTF_8);
        Path svg = directory.resolve("structure.svg");

        // the graphviz package provides dot; scripts/test.sh installs it
        Process process = new ProcessBuilder("dot", "-Tsvg", dot.toString(), "-o", svg.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("<svg", "推进委员会", "西门&quot;历史&quot;片区融委会",
                "统筹协调", "片区融委会 · 已成立").doesNotContain("DISTRICT_PROMOTION", "LEAD");
    }

    @Test
    void with_a_committee_id_the_answer_is_that_committees_branch_with_a_page_of_those_directly_under_it() {
        var response = admin.get("/api/v1/structure?asOf=2022-10-01&committeeId=" + promotionId + "&size=1");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(new OpenApiDocument().validate("GET", "/api/v1/structure", response)).isEmpty();
        JsonNode branch = response.json();

        assertThat(branch.get("roots")).hasSize(1);
        JsonNode promotion = branch.get("roots").get(0);
        assertThat(promotion.get("id").asText()).isEqualTo(promotionId);
        assertThat(promotion.get("childCount").asLong()).isEqualTo(1);
        assertThat(promotion.get("members").get(0).get("name").asText()).isEqualTo("中共上海市嘉定区委员会");
        JsonNode ximen = promotion.get("children").get(0);
        assertThat(ximen.get("id").asText()).isEqualTo(ximenId);
        assertThat(ximen.get("childCount").asLong()).isZero();
        assertThat(ximen.get("children")).as("the page lists one level").isEmpty();
        assertThat(branch.at("/branch/above")).isEmpty();
        assertThat(branch.at("/branch/totalItems").asLong()).isEqualTo(1);
        assertThat(branch.at("/branch/size").asInt()).isEqualTo(1);
        assertThat(branch.at("/counts/AREA/ESTABLISHED").asLong()).isEqualTo(1);

        var under = admin.get("/api/v1/structure?asOf=2022-10-01&committeeId=" + ximenId).json();
        assertThat(under.at("/branch/above/0/id").asText()).isEqualTo(promotionId);
        assertThat(under.at("/branch/above/0/tier").asText()).isEqualTo("DISTRICT_PROMOTION");
        assertThat(under.at("/roots/0/children")).isEmpty();
        assertThat(admin.get("/api/v1/structure?asOf=2022-10-01").json().get("branch").isNull())
                .as("the whole tree has no branch").isTrue();
    }

    @Test
    void an_unknown_committee_or_one_not_yet_planned_that_day_is_a_404_and_a_bad_id_a_400() {
        var unknown = admin.get("/api/v1/structure?committeeId=" + java.util.UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
        assertThat(admin.get("/api/v1/structure?asOf=2022-02-01&committeeId=" + ximenId).status()).isEqualTo(404);
        var bad = admin.get("/api/v1/structure?committeeId=西门&size=0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("committeeId", "size");
    }
}
