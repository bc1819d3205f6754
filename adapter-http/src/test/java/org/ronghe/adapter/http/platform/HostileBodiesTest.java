package org.ronghe.adapter.http.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.ApiClient;
import org.ronghe.adapter.http.TestServer;

/** Bodies the JSON parser itself refuses are 400 problems, never 500s, and store nothing. */
class HostileBodiesTest {

    private static TestServer server;
    private static ApiClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.onMemory();
        admin = server.admin();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void malformed(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo("malformed-request");
        assertThat(response.body()).doesNotContain("Exception", "com.fasterxml");
    }

    @Test
    void json_nested_deeper_than_the_parser_accepts_is_a_400() {
        malformed(admin.post("/api/v1/organizations", "{\"name\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}"));
        malformed(admin.post("/api/v1/areas", "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000)));
    }

    @Test
    void a_number_of_a_hundred_thousand_digits_is_a_400() {
        malformed(admin.post("/api/v1/target-systems", "{\"title\":\"目标\",\"firstYear\":2021,\"lastYear\":1"
                + "0".repeat(100_000) + "}"));
    }

    @Test
    void a_number_beyond_a_double_is_a_field_error() {
        var response = admin.post("/api/v1/target-systems", "{\"title\":\"目标\",\"firstYear\":2021,\"lastYear\":2025}");
        String id = response.json().get("id").asText();

        var huge = admin.post("/api/v1/target-systems/" + id + "/indicators", "{\"code\":\"S-01\",\"title\":\"阵地\","
                + "\"category\":\"SHARED\",\"direction\":\"AT_LEAST\",\"baseline\":1e400,\"target\":10}", "If-Match", "\"1\"");

        assertThat(huge.status()).as(huge.body()).isEqualTo(400);
        assertThat(huge.body()).contains("baseline");
        assertThat(admin.get("/api/v1/organizations").json().get("totalItems").asInt()).isZero();
    }
}
