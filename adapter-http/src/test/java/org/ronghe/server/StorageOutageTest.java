package org.ronghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.adapter.http.ApiClient;

/**
 * PostgreSQL stopped and started again under four writers: while it is away every request that needs it
 * gets 503 with Retry-After (never 500), /health names the storage as down, the server recovers by
 * itself, and every acknowledged write is there afterwards.
 */
class StorageOutageTest {

    private static final int WRITERS = 4;

    @TempDir
    Path directory;

    private record Outcome(int status, String retryAfter, String id) {
    }

    @Test
    void postgres_stopped_and_restarted_under_load_answers_503_and_loses_no_acknowledged_write() throws Exception {
        var schema = PostgresSchemas.fresh();
        try (var server = ServerProcess.start(directory, "outage", schema.environment())) {
            var admin = server.admin();
            String district = admin.post("/api/v1/organizations", "{\"kind\":\"DISTRICT_PARTY_COMMITTEE\",\"name\":\"区委\"}")
                    .json().get("id").asText();
            var outcomes = new ConcurrentLinkedQueue<Outcome>();
            var counts = new ConcurrentHashMap<Integer, AtomicInteger>();
            var stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        var response = admin.post("/api/v1/organizations", "{\"kind\":\"REGIONAL_UNIT\",\"name\":\"单位" + writer
                                + "-" + i + "\",\"parentId\":\"" + district + "\"}", "Idempotency-Key", "w" + writer + "-" + i);
                        counts.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
                        outcomes.add(new Outcome(response.status(), response.header("Retry-After"),
                                response.status() == 201 ? response.json().get("id").asText() : null));
                    }
                    return null;
                }));
            }
            Thread.sleep(1_500);
            postgres("stop");
            ApiClient.Response health;
            try {
                awaitUntil(() -> counts.containsKey(503), Duration.ofSeconds(30));
                health = server.anonymous().get("/health");
            } finally {
                postgres("start");
            }
            awaitUntil(() -> server.anonymous().get("/health").status() == 200, Duration.ofSeconds(60));
            int createdBefore = counts.getOrDefault(201, new AtomicInteger()).get();
            awaitUntil(() -> counts.getOrDefault(201, new AtomicInteger()).get() > createdBefore + 20, Duration.ofSeconds(30));
            stop.set(true);
            for (var writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();

            assertThat(health.status()).isEqualTo(503);
            assertThat(health.header("Content-Type")).startsWith("application/problem+json");
            assertThat(health.json().get("dependencies").get("storage").asText()).isEqualTo("DOWN");
            assertThat(counts.keySet()).as("statuses seen: " + counts).containsOnly(201, 503);
            assertThat(outcomes).filteredOn(o -> o.status() == 503).isNotEmpty()
                    .allSatisfy(o -> assertThat(o.retryAfter()).isEqualTo("5"));
            var acknowledged = outcomes.stream().filter(o -> o.status() == 201).map(Outcome::id).toList();
            for (String id : acknowledged) {
                assertThat(admin.get("/api/v1/organizations/" + id).status()).as(id).isEqualTo(200);
            }
            System.out.println("storage outage: " + counts + ", " + acknowledged.size() + " acknowledged writes all read back");
        } finally {
            schema.drop();
        }
    }

    /** Runs pg_ctlcluster on the PostgreSQL 15 cluster scripts/postgres.sh started (as root, or through sudo). */
    private static void postgres(String action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster", "15", "main", action));
        if (!"root".equals(System.getProperty("user.name"))) {
            command.add(0, "sudo");
        }
        if (action.equals("stop")) {
            command.addAll(List.of("-m", "fast"));
        }
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, Duration limit)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + limit);
            }
            Thread.sleep(100);
        }
    }
}
