package org.ronghe.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Each successful write leaves exactly one audit entry; failed ones leave none. */
class AuditApiTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.onMemory();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode auditOf(String aggregateId) {
        return server.admin().get("/api/v1/audit?aggregateType=organization&aggregateId=" + aggregateId).json();
    }

    @Test
    void writes_are_traced_with_actor_token_request_and_changes() {
        String district = server.register("DISTRICT_PARTY_COMMITTEE", "区委", null).get("id").asText();
        var operator = server.clientFor(district, "OPERATOR");
        String operatorToken = server.admin().get("/api/v1/tokens?organizationId=" + district).json().get("items")
                .get(0).get("id").asText();
        var created = operator.post("/api/v1/organizations",
                "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"南翔镇党委\",\"parentId\":\"" + district + "\"}");
        String town = created.json().get("id").asText();
        var renamed = operator.post("/api/v1/organizations/" + town + "/rename",
                "{\"name\":\"中共南翔镇委员会\",\"nameEn\":\"Nanxiang\"}", "If-Match", "\"1\"");
        var stale = operator.post("/api/v1/organizations/" + town + "/rename", "{\"name\":\"过期\"}", "If-Match", "\"1\"");
        var invalid = operator.post("/api/v1/organizations/" + town + "/rename", "{\"name\":\"\"}", "If-Match", "\"2\"");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(invalid.status()).isEqualTo(400);

        JsonNode audit = auditOf(town);

        assertThat(audit.get("totalItems").asLong()).isEqualTo(2);
        JsonNode registered = audit.get("items").get(0);
        JsonNode rename = audit.get("items").get(1);
        assertThat(registered.get("eventType").asText()).isEqualTo("OrganizationRegistered");
        assertThat(registered.get("requestId").asText()).isEqualTo(created.header("X-Request-Id"));
        assertThat(rename.get("eventType").asText()).isEqualTo("OrganizationRenamed");
        assertThat(rename.get("actorOrganizationId").asText()).isEqualTo(district);
        assertThat(rename.get("actorTokenId").asText()).isEqualTo(operatorToken);
        assertThat(rename.get("requestId").asText()).isEqualTo(renamed.header("X-Request-Id"));
        assertThat(Instant.parse(rename.get("at").asText())).isBeforeOrEqualTo(Instant.now());
        assertThat(rename.get("changes").toString()).isEqualTo("[{\"field\":\"name\",\"oldValue\":\"南翔镇党委\","
                + "\"newValue\":\"中共南翔镇委员会\"},{\"field\":\"nameEn\",\"oldValue\":null,\"newValue\":\"Nanxiang\"}]");
    }

    @Test
    void token_writes_are_traced_too_and_the_trail_filters_by_actor_and_time() {
        Instant before = Instant.now();
        String district = server.register("REGIONAL_UNIT", "昆山某单位", null).get("id").asText();
        var issued = server.admin().post("/api/v1/tokens", "{\"organizationId\":\"" + district + "\",\"role\":\"READER\"}");
        String tokenId = issued.json().get("token").get("id").asText();

        var tokenAudit = server.admin().get("/api/v1/audit?aggregateType=token&aggregateId=" + tokenId).json();
        var since = server.admin().get("/api/v1/audit?since=" + before + "&size=100").json();
        var untilBefore = server.admin().get("/api/v1/audit?until=" + before).json();

        assertThat(tokenAudit.get("items").get(0).get("eventType").asText()).isEqualTo("TokenIssued");
        assertThat(tokenAudit.get("items").get(0).toString()).doesNotContain(issued.json().get("secret").asText());
        assertThat(since.get("items").findValuesAsText("aggregateId")).contains(district, tokenId);
        assertThat(untilBefore.get("items").findValuesAsText("aggregateId")).doesNotContain(district, tokenId);
        assertThat(server.admin().get("/api/v1/audit?since=yesterday").status()).isEqualTo(400);
    }
}
