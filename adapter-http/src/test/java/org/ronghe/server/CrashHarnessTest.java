package org.ronghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ronghe.adapter.http.ApiClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Kills the server with SIGKILL in the middle of a write load, restarts it, and checks that every
 * acknowledged write is there, no refused write is, and the invariants hold: each organization's
 * version equals the writes applied to it and its number of audit entries. Five trials per backend.
 */
class CrashHarnessTest {

    private static final int TRIALS = 5;
    private static final int WRITERS = 4;

    @TempDir
    Path directory;

    enum Outcome { ACKNOWLEDGED, REFUSED, IN_FLIGHT }

    /** One write as the client saw it: which organization (null if its create got no answer), what, how it ended. */
    record Write(String key, String organizationId, String kind, String value, Outcome outcome) {
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "h2-file", "postgresql" })
    void acknowledged_writes_survive_kill_9_and_refused_ones_never_appear(String backend) throws Exception {
        var random = new Random();
        for (int trial = 1; trial <= TRIALS; trial++) {
            PostgresSchemas.Schema schema = backend.equals("postgresql") ? PostgresSchemas.fresh() : null;
            Map<String, String> environment = schema != null ? schema.environment()
                    : Map.of("RONGHE_DB_URL", "jdbc:h2:file:" + directory.resolve("trial-" + trial + "/ronghe"));
            try {
                runTrial(backend + "-" + trial, environment, 300 + random.nextInt(1200));
            } finally {
                if (schema != null) {
                    schema.drop();
                }
            }
        }
    }

    private void runTrial(String name, Map<String, String> environment, int killAfterMillis) throws Exception {
        var writes = new ConcurrentLinkedQueue<Write>();
        var stop = new AtomicBoolean();
        String district;
        try (ServerProcess server = ServerProcess.start(directory, name + "-before", environment)) {
            district = server.admin().post("/api/v1/organizations",
                    "{\"kind\":\"DISTRICT_PARTY_COMMITTEE\",\"name\":\"区委\"}").json().get("id").asText();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                pool.submit(() -> load(server.admin(), district, writer, writes, stop));
            }
            Thread.sleep(killAfterMillis);
            server.kill();
            stop.set(true);
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }

        try (ServerProcess server = ServerProcess.start(directory, name + "-after", environment)) {
            verify(server.admin(), district, List.copyOf(writes), name);
        }
    }

    /** Creates units (each with its own idempotency key) and renames each acknowledged one once. */
    private static void load(ApiClient api, String district, int writer, ConcurrentLinkedQueue<Write> writes,
            AtomicBoolean stop) {
        for (int i = 0; !stop.get(); i++) {
            String name = "单位-" + writer + "-" + i;
            String key = "w" + writer + "-" + i;
            var created = attempt(() -> api.post("/api/v1/organizations", "{\"kind\":\"REGIONAL_UNIT\",\"name\":\""
                    + name + "\",\"parentId\":\"" + district + "\"}", "Idempotency-Key", key));
            if (created == null) {
                writes.add(new Write(key, null, "create", name, Outcome.IN_FLIGHT));
                return;
            }
            if (created.status() != 201) {
                writes.add(new Write(key, null, "create", name, Outcome.REFUSED));
                continue;
            }
            String id = created.json().get("id").asText();
            writes.add(new Write(key, id, "create", name, Outcome.ACKNOWLEDGED));
            String renamed = name + "-改";
            var rename = attempt(() -> api.post("/api/v1/organizations/" + id + "/rename",
                    "{\"name\":\"" + renamed + "\"}", "If-Match", "\"1\""));
            writes.add(new Write(key, id, "rename", renamed, rename == null ? Outcome.IN_FLIGHT
                    : rename.status() == 200 ? Outcome.ACKNOWLEDGED : Outcome.REFUSED));
            if (rename == null) {
                return;
            }
        }
    }

    private static ApiClient.Response attempt(Supplier<ApiClient.Response> request) {
        try {
            return request.get();
        } catch (RuntimeException connectionLost) {
            return null;
        }
    }

    private static void verify(ApiClient api, String district, List<Write> writes, String trial) {
        long acknowledgedCreates = writes.stream().filter(w -> w.kind().equals("create")
                && w.outcome() == Outcome.ACKNOWLEDGED).count();
        assertThat(acknowledgedCreates).as(trial + ": the load wrote something before the kill").isPositive();
        for (Write write : writes) {
            if (write.organizationId() == null) {
                continue;
            }
            var read = api.get("/api/v1/organizations/" + write.organizationId());
            assertThat(read.status()).as(trial + " lost " + write).isEqualTo(200);
            JsonNode organization = read.json();
            if (write.kind().equals("rename") && write.outcome() == Outcome.ACKNOWLEDGED) {
                assertThat(organization.get("name").asText()).as(trial + " lost " + write).isEqualTo(write.value());
            }
            if (write.kind().equals("rename") && write.outcome() == Outcome.REFUSED) {
                assertThat(organization.get("name").asText()).as(trial + " applied " + write).isNotEqualTo(write.value());
            }
        }
        // a create refused with an answer must not exist; one with no answer may or may not
        var units = new ArrayList<JsonNode>();
        for (int page = 1; ; page++) {
            JsonNode listing = api.get("/api/v1/organizations?parentId=" + district + "&size=100&page=" + page).json();
            listing.get("items").forEach(units::add);
            if (page >= listing.get("totalPages").asLong()) {
                break;
            }
        }
        for (Write write : writes) {
            if (write.kind().equals("create") && write.outcome() == Outcome.REFUSED) {
                assertThat(units).extracting(u -> u.get("name").asText()).as(trial + " applied " + write)
                        .doesNotContain(write.value());
            }
        }
        assertThat(units.size()).isGreaterThanOrEqualTo((int) acknowledgedCreates);
        for (JsonNode unit : units) {
            long version = unit.get("version").asLong();
            long auditRows = api.get("/api/v1/audit?aggregateId=" + unit.get("id").asText() + "&size=1").json()
                    .get("totalItems").asLong();
            boolean renamed = unit.get("name").asText().endsWith("-改");
            assertThat(version).as(trial + " " + unit).isEqualTo(renamed ? 2 : 1);
            assertThat(auditRows).as(trial + " audit of " + unit).isEqualTo(version);
        }
    }
}
