package org.ronghe.adapter.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.ApiClient;
import org.ronghe.adapter.http.TestServer;
import org.ronghe.application.storage.StorageSettings;
import org.ronghe.server.RongheServer;
import org.ronghe.server.ServerConfiguration;

class SecurityApiTest {

    private static TestServer server;
    private static String district;

    @BeforeAll
    static void start() {
        server = TestServer.onMemory();
        district = server.register("DISTRICT_PARTY_COMMITTEE", "区委", null).get("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_token_in_the_query_string_is_refused_even_with_a_good_header() {
        var anonymous = server.anonymous();

        assertThat(anonymous.get("/api/v1/organizations?access_token=" + TestServer.ADMIN_SECRET).status())
                .isEqualTo(401);
        assertThat(server.admin().get("/api/v1/organizations?token=" + TestServer.ADMIN_SECRET).status())
                .isEqualTo(401);
        assertThat(server.admin().get("/api/v1/organizations").status()).isEqualTo(200);
    }

    @Test
    void a_malformed_authorization_header_is_401() {
        var basic = server.anonymous().send(server.anonymous().request("/api/v1/organizations")
                .header("Authorization", "Basic dXNlcjpwYXNz"));

        assertThat(basic.status()).isEqualTo(401);
        assertThat(basic.json().get("detail").asText()).doesNotContain("Basic");
    }

    @Test
    void a_revoked_token_fails_on_the_very_next_request() {
        var operator = server.clientFor(district, "OPERATOR");
        assertThat(operator.get("/api/v1/organizations").status()).isEqualTo(200);
        String tokenId = server.admin().get("/api/v1/tokens?organizationId=" + district).json().get("items")
                .get(0).get("id").asText();

        var revoked = server.admin().post("/api/v1/tokens/" + tokenId + "/revoke", "", "If-Match", "\"1\"");

        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().get("active").asBoolean()).isFalse();
        assertThat(operator.get("/api/v1/organizations").status()).isEqualTo(401);
    }

    @Test
    void the_last_live_admin_token_cannot_revoke_itself() {
        try (var alone = TestServer.onMemory()) {
            var tokens = alone.admin().get("/api/v1/tokens").json().get("items");
            assertThat(tokens).hasSize(1);
            String bootstrap = tokens.get(0).get("id").asText();

            var refused = alone.admin().post("/api/v1/tokens/" + bootstrap + "/revoke", "", "If-Match", "\"1\"");

            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("code").asText()).isEqualTo("last-admin-token");
            assertThat(alone.admin().get("/api/v1/tokens/" + bootstrap).json().get("active").asBoolean()).isTrue();
            assertThat(alone.admin().get("/api/v1/tokens").status()).isEqualTo(200);
        }
    }

    @Test
    void token_listings_never_show_secrets_or_their_hashes() {
        var issued = server.admin().post("/api/v1/tokens", "{\"organizationId\":\"" + district
                + "\",\"role\":\"READER\",\"label\":\"看板\"}");
        String secret = issued.json().get("secret").asText();

        var list = server.admin().get("/api/v1/tokens?size=100");
        var one = server.admin().get(issued.header("Location"));

        assertThat(secret).startsWith("rh_");
        assertThat(list.body()).doesNotContain(secret, "secret", "hash");
        assertThat(one.body()).doesNotContain(secret, "secret", "hash");
    }

    @Test
    void authenticated_answers_are_not_cached_and_carry_no_server_header() {
        var response = server.admin().get("/api/v1/organizations");

        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Server")).isNull();
    }

    @Test
    void cors_is_off_unless_an_origin_is_allowed() {
        var preflight = server.anonymous().send(server.anonymous().request("/api/v1/organizations")
                .header("Origin", "https://evil.example").method("OPTIONS",
                        java.net.http.HttpRequest.BodyPublishers.noBody()));
        var simple = server.admin().send(server.admin().request("/api/v1/organizations")
                .header("Origin", "https://evil.example"));
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(simple.header("Access-Control-Allow-Origin")).isNull();

        try (var withCors = RongheServer.start(new ServerConfiguration(0, StorageSettings.of("memory:"),
                TestServer.ADMIN_SECRET, 0, List.of("https://ronghe.example"), false))) {
            var client = new ApiClient(withCors.port(), TestServer.ADMIN_SECRET);
            var allowed = client.send(client.request("/api/v1/organizations").header("Origin", "https://ronghe.example"));
            var other = client.send(client.request("/api/v1/organizations").header("Origin", "https://evil.example"));
            assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://ronghe.example");
            assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        }
    }

    @Test
    void a_token_over_its_rate_limit_gets_429_with_retry_after() {
        // 60 a minute: bursts of 6, then one a second
        try (var limited = TestServer.start("memory:", 60)) {
            var admin = limited.admin();
            int limitedAt = -1;
            for (int i = 0; i < 20 && limitedAt < 0; i++) {
                if (admin.get("/api/v1/organizations").status() == 429) {
                    limitedAt = i;
                }
            }
            var refused = admin.get("/api/v1/organizations");

            assertThat(limitedAt).isBetween(5, 8);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 2);
            assertThat(refused.json().get("code").asText()).isEqualTo("rate-limited");
            assertThat(limited.anonymous().get("/health").status()).isEqualTo(200);
        }
    }
}
