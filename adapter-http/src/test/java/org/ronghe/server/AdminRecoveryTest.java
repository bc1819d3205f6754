package org.ronghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.adapter.http.ApiClient;

/**
 * The way back in when every ADMIN secret is lost: {@code issue-admin-token} run as the operators run
 * it, in a process of its own on the server's store, while the server is stopped.
 */
class AdminRecoveryTest {

    @TempDir
    Path directory;

    private record Run(int exitCode, String out, String err) {
    }

    private Run issueAdminToken(Path database) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RongheServer.class.getName(),
                "issue-admin-token");
        builder.environment().put("RONGHE_DB_URL", "jdbc:h2:file:" + database);
        Path out = Files.createTempFile(directory, "out", ".txt");
        Path err = Files.createTempFile(directory, "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        var process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void issue_admin_token_prints_one_new_admin_secret_and_leaves_one_audit_entry() throws Exception {
        Path database = directory.resolve("ronghe");
        try (var server = ServerProcess.onH2(directory, "first", database)) {
            assertThat(server.admin().get("/api/v1/tokens").status()).isEqualTo(200);
            server.stop();
        }

        var run = issueAdminToken(database);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).as("the secret alone, on one line").matches("rh_[A-Za-z0-9_-]{43}\\R");
        String secret = run.out().strip();
        try (var server = ServerProcess.start(directory, "second", Map.of("RONGHE_DB_URL", "jdbc:h2:file:" + database))) {
            var recovered = new ApiClient(server.port(), secret);
            var tokens = recovered.get("/api/v1/tokens");
            assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
            var recovery = tokens.json().get("items").get(1);
            assertThat(recovery.get("role").asText()).isEqualTo("ADMIN");
            assertThat(recovery.get("label").asText()).isEqualTo("recovery administrator");
            var audit = recovered.get("/api/v1/audit?aggregateType=token&aggregateId=" + recovery.get("id").asText())
                    .json().get("items");
            assertThat(audit).singleElement().satisfies(entry -> {
                assertThat(entry.get("eventType").asText()).isEqualTo("TokenIssued");
                assertThat(entry.get("requestId").asText()).startsWith("issue-admin-token run by ");
            });
        }
    }

    @Test
    void issue_admin_token_refuses_an_embedded_store_a_running_server_holds_and_issues_nothing() throws Exception {
        Path database = directory.resolve("ronghe");
        try (var server = ServerProcess.onH2(directory, "running", database)) {
            var run = issueAdminToken(database);

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("nothing was issued");
            assertThat(server.admin().get("/api/v1/tokens").json().get("totalItems").asInt()).isEqualTo(1);
        }
    }
}
