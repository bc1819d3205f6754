package org.ronghe.adapter.http.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.adapter.http.ApiClient;
import org.ronghe.adapter.http.TestServer;

/**
 * Many writers, one aggregate, on an H2 file: each change is conditional (If-Match) and retried on
 * 412, so every one of them is applied exactly once and none is lost.
 */
class ConcurrentWritesTest {

    private static final int WRITERS = 16;
    private static final int UPDATES_EACH = 250;

    @TempDir
    Path directory;

    @Test
    void sixteen_writers_times_250_conditional_renames_are_all_applied_exactly_once() throws Exception {
        try (var server = TestServer.start("jdbc:h2:file:" + directory.resolve("ronghe"), 0)) {
            String id = server.register("DISTRICT_PARTY_COMMITTEE", "区委", null).get("id").asText();
            String path = "/api/v1/organizations/" + id;
            var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    ApiClient client = server.admin();
                    int applied = 0;
                    while (applied < UPDATES_EACH) {
                        String etag = client.get(path).header("ETag");
                        var response = client.post(path + "/rename",
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

            var organization = server.admin().get(path);
            int renames = WRITERS * UPDATES_EACH;
            assertThat(statuses.get(200)).hasValue(renames);
            assertThat(statuses.keySet()).isSubsetOf(Set.of(200, 412));
            assertThat(organization.json().get("version").asLong()).isEqualTo(1 + renames);
            assertThat(organization.header("ETag")).isEqualTo("\"" + (1 + renames) + "\"");

            // one audit entry per applied rename, and every name that was applied appears once
            Set<String> names = new HashSet<>();
            long entries = 0;
            for (int page = 1; ; page++) {
                var audit = server.admin().get("/api/v1/audit?aggregateId=" + id + "&size=100&page=" + page).json();
                for (var entry : audit.get("items")) {
                    entries++;
                    if (entry.get("eventType").asText().equals("OrganizationRenamed")) {
                        assertThat(names.add(entry.get("changes").get(0).get("newValue").asText())).isTrue();
                    }
                }
                if (page >= audit.get("totalPages").asLong()) {
                    break;
                }
            }
            assertThat(entries).isEqualTo(1 + renames);
            assertThat(names).hasSize(renames);
        }
    }
}
