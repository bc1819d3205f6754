package org.ronghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.adapter.http.ApiClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Starts the real server as a child process on an H2 file, creates organizations, kills the process
 * with SIGKILL right after the last acknowledgement, restarts it and reads every one back.
 */
class KillAndRestartTest {

    private static final String BOOTSTRAP = "kill-and-restart-bootstrap-secret-0123456789";

    @TempDir
    Path directory;

    @Test
    void every_acknowledged_registration_survives_kill_9() throws Exception {
        int port = freePort();
        String url = "jdbc:h2:file:" + directory.resolve("ronghe");
        var api = new ApiClient(port, BOOTSTRAP);

        Process first = start(port, url, "first");
        List<JsonNode> acknowledged = new ArrayList<>();
        try {
            awaitHealthy(api, first, "first");
            // as the README starts it: no token, no entry; the document and its viewer are public
            var anonymous = new ApiClient(port);
            assertThat(anonymous.get("/api/v1/organizations").status()).isEqualTo(401);
            assertThat(anonymous.post("/api/v1/organizations", "{}").status()).isEqualTo(401);
            assertThat(anonymous.get("/openapi.json").status()).isEqualTo(200);
            assertThat(anonymous.get("/docs").status()).isEqualTo(200);
            assertThat(anonymous.get("/docs/swagger-ui-bundle.js").status()).isEqualTo(200);
            var district = api.post("/api/v1/organizations",
                    "{\"kind\":\"DISTRICT_PARTY_COMMITTEE\",\"name\":\"中共上海市嘉定区委员会\"}");
            assertThat(district.status()).isEqualTo(201);
            acknowledged.add(district.json());
            for (int i = 0; i < 30; i++) {
                var unit = api.post("/api/v1/organizations", "{\"kind\":\"REGIONAL_UNIT\",\"name\":\"区域单位" + i
                        + "\",\"parentId\":\"" + district.json().get("id").asText() + "\"}");
                assertThat(unit.status()).isEqualTo(201);
                acknowledged.add(unit.json());
            }
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no orderly close of the database
            first.waitFor();
        }

        Process second = start(port, url, "second");
        try {
            awaitHealthy(api, second, "second");
            for (JsonNode organization : acknowledged) {
                var read = api.get("/api/v1/organizations/" + organization.get("id").asText());
                assertThat(read.status()).isEqualTo(200);
                assertThat(read.json()).isEqualTo(organization);
            }
        } finally {
            second.destroyForcibly();
            second.waitFor();
        }
    }

    private Process start(int port, String url, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RongheServer.class.getName());
        builder.environment().put("RONGHE_HTTP_PORT", String.valueOf(port));
        builder.environment().put("RONGHE_DB_URL", url);
        builder.environment().put("RONGHE_BOOTSTRAP_TOKEN", BOOTSTRAP);
        builder.redirectErrorStream(true).redirectOutput(directory.resolve(name + ".log").toFile());
        return builder.start();
    }

    private void awaitHealthy(ApiClient api, Process process, String name) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("server exited: " + Files.readString(directory.resolve(name + ".log")));
            }
            try {
                if (api.get("/health").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("server did not become healthy in time");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
