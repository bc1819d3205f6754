package org.ronghe.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.adapter.http.cases.SignPlatforms;
import org.ronghe.adapter.http.contract.OpenApiDocument;

/**
 * 南翔's digital sign platform pushes signals to the webhook, signed with its secret: taken in once however often
 * or late they come, refused with 401 when the signature or the time is wrong, with 422 when an event id is reused.
 */
class SignPlatformApiTest {

    private static final OpenApiDocument DOCUMENT = new OpenApiDocument();
    private static final String SECRET = "nanxiang-sign-platform-secret-0123456789";
    private static final String WEBHOOK = "/api/v1/intake/sign-platform";
    @TempDir
    Path directory;
    private TestServer server;
    private String nanxiang;

    /** The town is registered first; its platform is configured with the town's id and the server restarted. */
    @BeforeEach
    void start() {
        String db = "jdbc:h2:file:" + directory.resolve("ronghe").toAbsolutePath();
        server = TestServer.start(db, configuration -> configuration);
        String district = server.register("DISTRICT_PARTY_COMMITTEE", "区委", null).get("id").asText();
        nanxiang = server.register("TOWN_PARTY_COMMITTEE", "南翔镇党委", district).get("id").asText();
        String fire = server.register("DEPARTMENT_PARTY_BODY", "区消防救援支队党委", district).get("id").asText();
        var policy = server.admin().post("/api/v1/case-policy", "{\"categories\":[{\"code\":\"FIRE_LANE\","
                + "\"nameZh\":\"消防通道堵塞\",\"nameEn\":\"Blocked fire lane\",\"departmentId\":\"" + fire + "\","
                + "\"urgency\":\"URGENT\",\"toSignFor\":{\"amount\":2,\"unit\":\"HOURS\"},\"toRespond\":{\"amount\":3,"
                + "\"unit\":\"WORKING_DAYS\"},\"repeatWindowHours\":24,\"repeatMetres\":0}],\"calendar\":{},"
                + "\"shortBoard\":{\"cases\":5,\"days\":30}}");
        assertThat(policy.status()).as(policy.body()).isEqualTo(201);
        server.close();
        server = TestServer.start(db, configuration -> configuration.withSignPlatforms(SignPlatforms.parse(
                "nanxiang=" + nanxiang + ":" + SECRET)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String delivery(String eventId, String description) {
        return "{\"eventId\":\"" + eventId + "\",\"category\":\"FIRE_LANE\",\"location\":{\"longitude\":121.32,"
                + "\"latitude\":31.30},\"description\":\"" + description + "\",\"photos\":[\"https://cam.example.cn/"
                + eventId + ".jpg\"],\"reportedAt\":\"2026-12-07T03:59:00Z\"}";
    }

    private ApiClient.Response push(String body, long sentAt, String signedBody, String secret) {
        String timestamp = String.valueOf(sentAt);
        var client = server.anonymous();
        return client.send(client.request(WEBHOOK).header("Content-Type", "application/json")
                .header("X-Ronghe-Platform", "nanxiang").header("X-Ronghe-Timestamp", timestamp)
                .header("X-Ronghe-Signature", SignPlatforms.signatureHeader(secret, timestamp,
                        signedBody.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private ApiClient.Response push(String body) {
        return push(body, Instant.now().getEpochSecond(), body, SECRET);
    }

    private int cases() {
        return server.admin().get("/api/v1/cases").json().get("totalItems").asInt();
    }

    private static void problem(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }

    @Test
    void a_signed_delivery_is_a_case_of_the_platforms_source_and_a_duplicated_or_late_one_is_the_same_case() {
        var created = push(delivery("NX-CAM-0001", "高点监控：消防通道被占用"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(DOCUMENT.validate("POST", WEBHOOK, created)).isEmpty();
        var c = created.json().get("cityCase").get("cityCase");
        assertThat(c.get("source").asText()).isEqualTo("SIGN_PLATFORM");
        assertThat(c.get("sourceEventId").asText()).isEqualTo("NX-CAM-0001");

        var duplicated = push(delivery("NX-CAM-0001", "高点监控：消防通道被占用"));
        assertThat(duplicated.status()).isEqualTo(200);
        assertThat(duplicated.json().get("outcome").asText()).isEqualTo("ALREADY_RECEIVED");
        assertThat(DOCUMENT.validate("POST", WEBHOOK, duplicated)).isEmpty();
        var late = push(delivery("NX-CAM-0001", "高点监控：消防通道被占用"), Instant.now().getEpochSecond() - 240,
                delivery("NX-CAM-0001", "高点监控：消防通道被占用"), SECRET);
        assertThat(late.json().get("cityCase").get("cityCase").get("id")).isEqualTo(c.get("id"));
        var earlierEvent = push(delivery("NX-CAM-0000", "高点监控：道路拥堵"), Instant.now().getEpochSecond() - 200,
                delivery("NX-CAM-0000", "高点监控：道路拥堵"), SECRET);
        assertThat(earlierEvent.status()).as("an earlier event arriving after a later one").isEqualTo(201);
        assertThat(cases()).isEqualTo(2);

        var audit = server.admin().get("/api/v1/audit?aggregateId=" + c.get("id").asText());
        assertThat(audit.json().get("items")).singleElement().satisfies(entry ->
                assertThat(entry.toString()).contains(nanxiang));
    }

    @Test
    void a_wrong_signature_a_stale_timestamp_or_a_reused_event_id_is_refused_and_changes_nothing() {
        String body = delivery("NX-CAM-0002", "积水");
        long now = Instant.now().getEpochSecond();
        var forged = push(body, now, body, "another-secret-of-at-least-thirty-two-chars");
        problem(forged, 401, "signature-rejected");
        assertThat(forged.header("WWW-Authenticate")).contains("X-Ronghe-Signature");
        problem(push(body, now, delivery("NX-CAM-0002", "别的正文"), SECRET), 401, "signature-rejected");
        problem(push(body, now - 301, body, SECRET), 401, "signature-rejected");
        var unsigned = server.anonymous().post(WEBHOOK, body);
        problem(unsigned, 401, "signature-rejected");
        var withToken = server.admin().post(WEBHOOK, body);
        problem(withToken, 401, "signature-rejected");
        assertThat(cases()).isZero();

        assertThat(push(body).status()).isEqualTo(201);
        problem(push(delivery("NX-CAM-0002", "另一个信号")), 422, "signal-event-id-reused");
        var bad = push(delivery("NX-CAM-0003", "长".repeat(2_001)));
        problem(bad, 400, "invalid-value");
        var noEvent = push(delivery("", "积水"));
        problem(noEvent, 400, "invalid-value");
        assertThat(noEvent.body()).contains("eventId");
        assertThat(cases()).isEqualTo(1);
    }
}
