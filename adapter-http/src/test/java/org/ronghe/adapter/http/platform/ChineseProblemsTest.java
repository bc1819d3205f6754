package org.ronghe.adapter.http.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.ApiClient;
import org.ronghe.adapter.http.HttpApi;
import org.ronghe.adapter.http.TestServer;
import org.ronghe.adapter.http.support.Messages;

/** People read Chinese: a problem speaks it when asked (Accept-Language) or when the server is set to. */
class ChineseProblemsTest {

    private static ApiClient.Response duplicateTown(TestServer server, String... headers) {
        String district = server.register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null).get("id").asText();
        server.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district);
        return server.admin().post("/api/v1/organizations", "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"南翔镇党委\","
                + "\"parentId\":\"" + district + "\"}", headers);
    }

    @Test
    void with_accept_language_zh_cn_a_problem_has_a_chinese_title_and_detail_and_keeps_the_english() {
        try (var server = TestServer.onMemory()) {
            var problem = duplicateTown(server, "Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");

            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.header("Content-Language")).isEqualTo("zh-CN");
            assertThat(problem.json().get("title").asText()).isEqualTo("同级组织重名");
            assertThat(problem.json().get("detail").asText()).contains("同一上级之下已有同名组织");
            assertThat(problem.json().get("titleEn").asText()).isEqualTo("Duplicate sibling name");
            assertThat(problem.json().get("detailEn").asText()).contains("南翔镇党委");
            assertThat(problem.json().get("code").asText()).isEqualTo("duplicate-sibling-name");
        }
    }

    @Test
    void without_it_a_problem_is_in_english() {
        try (var server = TestServer.onMemory()) {
            var problem = duplicateTown(server);

            assertThat(problem.header("Content-Language")).isEqualTo("en");
            assertThat(problem.json().get("title").asText()).isEqualTo("Duplicate sibling name");
            assertThat(problem.json().has("titleEn")).isFalse();
        }
    }

    @Test
    void a_server_set_to_chinese_answers_in_chinese_unless_the_request_asks_for_english() {
        var defaults = HttpApi.Settings.defaults();
        try (var server = TestServer.start("memory:", new HttpApi.Settings(0, List.of(), 0, Duration.ofSeconds(30),
                Duration.ofSeconds(10), 32, Messages.Language.ZH))) {
            var invalid = server.admin().post("/api/v1/organizations", "{\"kind\":\"TOWN_PARTY_COMMITTEE\"}");
            var english = server.admin().post("/api/v1/organizations", "{\"kind\":\"TOWN_PARTY_COMMITTEE\"}",
                    "Accept-Language", "en");
            var unauthenticated = server.anonymous().get("/api/v1/organizations");

            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.json().get("title").asText()).isEqualTo("取值无效");
            assertThat(invalid.json().get("detail").asText()).contains("涉及字段：name");
            assertThat(english.json().get("title").asText()).isEqualTo("Invalid value");
            assertThat(unauthenticated.json().get("title").asText()).isEqualTo("未通过身份验证");
            assertThat(defaults.language()).isEqualTo(Messages.Language.EN);
        }
    }

    @Test
    void the_labels_of_every_value_are_served_to_whoever_draws_a_page() {
        try (var server = TestServer.onMemory()) {
            var labels = server.anonymous().get("/api/v1/labels").json().get("labels");

            assertThat(labels.get("CommitteeTier").get("DISTRICT_PROMOTION").get("zh").asText()).isEqualTo("区级推进委员会");
            assertThat(labels.get("CommitteeStatus").get("ESTABLISHED").get("zh").asText()).isEqualTo("已成立");
            assertThat(labels.get("MeetingMechanism").get("SPECIAL_DELIBERATION").get("zh").asText()).isEqualTo("专项型议事会");
            assertThat(labels.get("OrganizationKind").get("REGIONAL_UNIT").get("en").asText()).isEqualTo("regional unit");
        }
    }
}
