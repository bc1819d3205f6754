package org.ronghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.adapter.http.ApiClient;

/** Two stateless server processes over one PostgreSQL: nothing lost, nothing applied twice. */
class TwoNodesTest {

    private static final int WRITERS = 8;
    private static final int UPDATES_EACH = 250;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS) // a failure leaves the nodes' logs to read
    static Path directory;
    private static PostgresSchemas.Schema schema;
    private static ServerProcess nodeA;
    private static ServerProcess nodeB;

    @BeforeAll
    static void start() throws Exception {
        schema = PostgresSchemas.fresh();
        nodeA = ServerProcess.start(directory, "node-a", schema.environment());
        nodeB = ServerProcess.start(directory, "node-b", schema.environment());
    }

    @AfterAll
    static void stop() throws Exception {
        nodeA.close();
        nodeB.close();
        schema.drop();
    }

    private static ApiClient node(int i) {
        return i % 2 == 0 ? nodeA.admin() : nodeB.admin();
    }

    @Test
    void conditional_updates_spread_over_two_nodes_are_all_applied_exactly_once() throws Exception {
        var created = nodeA.admin().post("/api/v1/organizations", "{\"kind\":\"DISTRICT_PARTY_COMMITTEE\",\"name\":\"区委\"}");
        assertThat(created.status()).isEqualTo(201);
        String path = "/api/v1/organizations/" + created.json().get("id").asText();
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                int applied = 0;
                for (int attempt = 0; applied < UPDATES_EACH; attempt++) {
                    ApiClient client = node(writer + attempt);
                    String etag = client.get(path).header("ETag");
                    var response = node(writer + attempt + 1).post(path + "/rename",
                            "{\"name\":\"区委-" + writer + "-" + applied + "\"}", "If-Match", etag);
                    statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
                    if (response.status() == 200) {
                        applied++;
                    } else if (response.status() != 412) {
                        throw new AssertionError("unexpected " + response.status() + ": " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        int renames = WRITERS * UPDATES_EACH;
        assertThat(statuses.keySet()).isSubsetOf(Set.of(200, 412));
        assertThat(statuses.get(200)).hasValue(renames);
        long version = nodeB.admin().get(path).json().get("version").asLong();
        long auditRows = nodeA.admin().get("/api/v1/audit?aggregateId=" + path.substring(path.lastIndexOf('/') + 1)
                + "&size=1").json().get("totalItems").asLong();
        assertThat(version).isEqualTo(1 + renames);
        assertThat(auditRows).isEqualTo(version);
    }

    @Test
    void fifty_requests_with_one_idempotency_key_sent_to_both_nodes_at_once_create_one_resource() throws Exception {
        String body = "{\"kind\":\"NEIGHBOURING_JURISDICTION\",\"name\":\"昆山市\"}";
        int twins = 50; // more than the 32 request threads of a node: some wait in its queue
        ExecutorService pool = Executors.newFixedThreadPool(twins);
        var start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> responses = new ArrayList<>();
        for (int i = 0; i < twins; i++) {
            int twin = i;
            responses.add(pool.submit(() -> {
                start.await();
                return node(twin).post("/api/v1/organizations", body, "Idempotency-Key", "kunshan-once");
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
        assertThat(nodeB.admin().get("/api/v1/organizations?kind=NEIGHBOURING_JURISDICTION").json()
                .get("totalItems").asLong()).isEqualTo(1);
    }

}
