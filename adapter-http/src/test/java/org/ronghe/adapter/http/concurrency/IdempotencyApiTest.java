package org.ronghe.adapter.http.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.adapter.http.ApiClient;
import org.ronghe.adapter.http.TestServer;

/** Idempotency-Key on creating POSTs, on an H2 file. */
class IdempotencyApiTest {

    @TempDir
    static Path directory;
    private static TestServer server;
    private static String district;

    @BeforeAll
    static void start() {
        server = TestServer.start("jdbc:h2:file:" + directory.resolve("ronghe"), 0);
        district = server.register("DISTRICT_PARTY_COMMITTEE", "区委", null).get("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String town(String name) {
        return "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"" + name + "\",\"parentId\":\"" + district + "\"}";
    }

    private static long towns() {
        return server.admin().get("/api/v1/organizations?kind=TOWN_PARTY_COMMITTEE").json().get("totalItems").asLong();
    }

    @Test
    void a_replay_answers_the_same_status_body_and_headers_and_creates_nothing_more() {
        long before = towns();
        var first = server.admin().post("/api/v1/organizations", town("南翔镇党委"), "Idempotency-Key", "k-replay");
        var replay = server.admin().post("/api/v1/organizations", town("南翔镇党委"), "Idempotency-Key", "k-replay");

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(towns()).isEqualTo(before + 1);
    }

    @Test
    void the_same_key_with_another_payload_is_422_and_creates_nothing() {
        server.admin().post("/api/v1/organizations", town("马陆镇党委"), "Idempotency-Key", "k-other");
        long before = towns();

        var reused = server.admin().post("/api/v1/organizations", town("安亭镇党委"), "Idempotency-Key", "k-other");

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("code").asText()).isEqualTo("idempotency-key-reused");
        assertThat(towns()).isEqualTo(before);
    }

    @Test
    void keys_are_scoped_per_token() {
        var another = server.clientFor(district, "ADMIN");
        var first = server.admin().post("/api/v1/organizations", town("江桥镇党委"), "Idempotency-Key", "k-scoped");
        var second = another.post("/api/v1/organizations", town("江桥镇党委"), "Idempotency-Key", "k-scoped");

        assertThat(first.status()).isEqualTo(201);
        // the other token's request really runs: here it meets the sibling-name rule
        assertThat(second.status()).isEqualTo(409);
    }

    @Test
    void a_failed_request_does_not_use_up_its_key() {
        var failed = server.admin().post("/api/v1/organizations", "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"x\","
                + "\"parentId\":\"00000000-0000-4000-8000-000000000000\"}", "Idempotency-Key", "k-failed");
        assertThat(failed.status()).isEqualTo(422);

        var retried = server.admin().post("/api/v1/organizations", town("华亭镇党委"), "Idempotency-Key", "k-failed");
        assertThat(retried.status()).isEqualTo(201);
    }

    @Test
    void a_malformed_key_is_400() {
        var response = server.admin().post("/api/v1/organizations", town("外冈镇党委"), "Idempotency-Key",
                "k".repeat(201));

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void fifty_concurrent_duplicates_create_one_resource_and_all_get_its_response() throws Exception {
        long before = towns();
        int twins = 50; // more than the 32 request threads of a node: some wait in its queue
        ExecutorService pool = Executors.newFixedThreadPool(twins);
        var start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> responses = new ArrayList<>();
        for (int i = 0; i < twins; i++) {
            responses.add(pool.submit(() -> {
                start.await();
                return server.admin().post("/api/v1/organizations", town("徐行镇党委"), "Idempotency-Key",
                        "k-concurrent");
            }));
        }
        start.countDown();
        List<ApiClient.Response> results = new ArrayList<>();
        for (var response : responses) {
            results.add(response.get(1, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(results).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
        assertThat(results).extracting(ApiClient.Response::body).containsOnly(results.get(0).body());
        assertThat(towns()).isEqualTo(before + 1);
    }
}
