package org.ronghe.adapter.http.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.TestServer;

/** HEAD answers as GET does, with the same roles; no answer may be framed, and the one page runs only its own files. */
class HeadAndFramingTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.onMemory();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void public_routes_answer_head_without_a_token_and_without_a_body() {
        for (String path : new String[] { "/health", "/openapi.json", "/docs", "/docs/swagger-ui.css" }) {
            var head = server.anonymous().method("HEAD", path);

            assertThat(head.status()).as(path).isEqualTo(200);
            assertThat(head.body()).as(path).isEmpty();
        }
    }

    @Test
    void other_routes_answer_head_with_the_roles_of_their_get() {
        assertThat(server.admin().method("HEAD", "/api/v1/areas").status()).isEqualTo(200);
        assertThat(server.admin().method("HEAD", "/api/v1/audit").status()).isEqualTo(200);
        assertThat(server.anonymous().method("HEAD", "/api/v1/areas").status()).isEqualTo(401);
    }

    @Test
    void the_documentation_page_runs_only_its_own_scripts_and_is_never_framed() {
        var page = server.anonymous().get("/docs");
        String policy = page.header("Content-Security-Policy");

        assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "default-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.body()).doesNotContainPattern("<script>[^<]").contains("/docs/ronghe-docs.js");
        var start = server.anonymous().get("/docs/ronghe-docs.js");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("SwaggerUIBundle");
    }

    @Test
    void api_answers_and_problems_forbid_framing_and_loading_anything() {
        for (var response : new org.ronghe.adapter.http.ApiClient.Response[] { server.admin().get("/api/v1/areas"),
                server.anonymous().get("/api/v1/areas"), server.anonymous().get("/nowhere") }) {
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        }
    }
}
