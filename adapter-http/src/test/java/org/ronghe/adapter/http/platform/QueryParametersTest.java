package org.ronghe.adapter.http.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.ApiClient;
import org.ronghe.adapter.http.TestServer;

/** A filter the route does not know is refused by name, never silently ignored; enum values in any case. */
class QueryParametersTest {

    private static TestServer server;
    private static ApiClient admin;

    @BeforeAll
    static void start() {
        server = TestServer.onMemory();
        admin = server.admin();
        server.register("DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_misspelt_filter_is_a_400_that_names_it_and_what_the_route_takes() {
        var response = admin.get("/api/v1/organizations?name=%E5%8D%97%E7%BF%94&page=1");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("name");
        assertThat(response.json().get("errors").get(0).get("message").asText()).contains("kind", "parentId", "status");
    }

    @Test
    void routes_that_take_no_parameter_refuse_any_and_a_write_refused_so_stores_nothing() {
        assertThat(admin.get("/api/v1/areas?layout=AREA").status()).isEqualTo(400);
        assertThat(server.anonymous().get("/health?verbose=true").status()).isEqualTo(400);
        var write = admin.post("/api/v1/organizations?dryRun=true", "{\"kind\":\"REGIONAL_UNIT\",\"name\":\"某单位\"}");

        assertThat(write.status()).isEqualTo(400);
        assertThat(write.json().get("errors").get(0).get("message").asText()).contains("takes none");
        assertThat(admin.get("/api/v1/organizations").json().get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void enum_values_are_taken_as_documented_and_in_any_case() {
        assertThat(admin.get("/api/v1/organizations?kind=DISTRICT_PARTY_COMMITTEE").json().get("totalItems").asInt())
                .isEqualTo(1);
        assertThat(admin.get("/api/v1/organizations?status=active").json().get("totalItems").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/v1/audit?aggregateType=organization").json().get("totalItems").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/v1/audit?aggregateType=ORGANIZATION").json().get("totalItems").asInt())
                .isEqualTo(1);
        var unknownType = admin.get("/api/v1/audit?aggregateType=organisation");
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().get("errors").get(0).get("message").asText()).contains("organization", "token");
    }
}
