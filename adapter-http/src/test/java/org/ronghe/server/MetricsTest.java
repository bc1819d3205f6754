package org.ronghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ronghe.adapter.http.ApiClient;
import org.ronghe.adapter.http.HttpApi;
import org.ronghe.application.storage.StorageSettings;

/**
 * What an operator's Prometheus reads from the management port: every request by its route template,
 * the store's pool and group commits, the JVM; and that the API itself never serves the metrics.
 */
class MetricsTest {

    private static final String ADMIN = "metrics-test-bootstrap-secret-of-32-characters";

    @TempDir
    Path directory;

    private RongheServer start(String dbUrl) {
        return RongheServer.start(new ServerConfiguration(0, StorageSettings.of(dbUrl), ADMIN,
                new HttpApi.Settings(0, List.of()), false, new ServerConfiguration.MetricsListener("127.0.0.1", 0)));
    }

    private static HttpResponse<String> metrics(RongheServer server, String method) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.metricsPort().orElseThrow()
                + "/metrics")).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static double value(String scrape, String series) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        assertThat(matcher.find()).as("%s in%n%s", series, scrape).isTrue();
        return Double.parseDouble(matcher.group(1));
    }

    @Test
    void requests_are_counted_per_route_template_method_and_status_with_a_latency_histogram() throws Exception {
        try (var server = start("memory:")) {
            var admin = new ApiClient(server.port(), ADMIN);
            String id = admin.post("/api/v1/organizations", "{\"kind\":\"DISTRICT_PARTY_COMMITTEE\",\"name\":\"嘉定区委\"}")
                    .json().get("id").asText();
            for (int i = 0; i < 3; i++) {
                assertThat(admin.get("/api/v1/organizations/" + id).status()).isEqualTo(200);
            }
            assertThat(admin.get("/api/v1/organizations/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
            assertThat(admin.get("/no/such/path/" + id).status()).isEqualTo(404);

            String scrape = metrics(server, "GET").body();

            String read = "method=\"GET\",route=\"/api/v1/organizations/{id}\",status=\"200\"";
            assertThat(value(scrape, "http_server_requests_seconds_count{" + read + "}")).isEqualTo(3);
            assertThat(value(scrape, "http_server_requests_seconds_count{method=\"GET\","
                    + "route=\"/api/v1/organizations/{id}\",status=\"404\"}")).as("an unknown id, on its route")
                    .isEqualTo(1);
            assertThat(value(scrape, "http_server_requests_seconds_count{method=\"POST\","
                    + "route=\"/api/v1/organizations\",status=\"201\"}")).isEqualTo(1);
            assertThat(value(scrape, "http_server_requests_seconds_bucket{" + read + ",le=\"+Inf\"}")).isEqualTo(3);
            assertThat(value(scrape, "http_server_requests_seconds_bucket{" + read + ",le=\"10.0\"}")).isEqualTo(3);
            assertThat(value(scrape, "http_server_requests_seconds_sum{" + read + "}")).isPositive();
            assertThat(scrape).as("a path no route matched makes no series of its own")
                    .contains("route=\"NOT_FOUND\",status=\"404\"").doesNotContain("/no/such/path");
        }
    }

    @Test
    void the_jvm_and_an_embedded_h2_stores_pool_and_group_commits_are_there() throws Exception {
        try (var server = start("jdbc:h2:file:" + directory.resolve("ronghe"))) {
            var admin = new ApiClient(server.port(), ADMIN);
            assertThat(admin.post("/api/v1/organizations", "{\"kind\":\"DISTRICT_PARTY_COMMITTEE\",\"name\":\"嘉定区委\"}")
                    .status()).isEqualTo(201);

            String scrape = metrics(server, "GET").body();

            assertThat(value(scrape, "ronghe_db_pool_connections_max")).isEqualTo(8);
            assertThat(value(scrape, "ronghe_db_pool_acquisitions_total")).isPositive();
            assertThat(value(scrape, "ronghe_db_pool_acquire_seconds_total")).isNotNegative();
            assertThat(value(scrape, "ronghe_db_pool_timeouts_total")).isZero();
            assertThat(value(scrape, "ronghe_db_pool_pending")).isZero();
            assertThat(value(scrape, "ronghe_h2_group_commit_waits_total")).as("the bootstrap token and the create")
                    .isGreaterThanOrEqualTo(2);
            assertThat(value(scrape, "ronghe_h2_group_commit_writes_total")).isPositive();
            assertThat(value(scrape, "ronghe_h2_writer_queue")).isZero();
            assertThat(scrape).contains("ronghe_h2_group_commit_wait_seconds_total ", "ronghe_db_pool_connections_active ",
                    "ronghe_db_pool_connections_idle ", "jvm_memory_used_bytes{", "jvm_memory_max_bytes{",
                    "jvm_threads_live_threads ", "jvm_threads_states_threads{", "jvm_gc_memory_allocated_bytes_total ",
                    "jvm_classes_loaded_classes ", "process_cpu_usage ", "process_uptime_seconds ");
        }
    }

    @Test
    void the_metrics_are_served_on_the_management_port_alone_and_only_to_a_get() throws Exception {
        try (var server = start("memory:")) {
            var response = metrics(server, "GET");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(metrics(server, "POST").statusCode()).isEqualTo(405);
            var api = new ApiClient(server.port(), ADMIN);
            assertThat(api.get("/metrics").status()).as("not on the API's port").isEqualTo(404);
        }
    }

    @Test
    void metrics_are_off_unless_a_port_is_configured_and_listen_on_the_loopback_address_by_default() {
        assertThat(ServerConfiguration.fromEnvironment(Map.of()).metrics().on()).isFalse();
        var on = ServerConfiguration.fromEnvironment(Map.of("RONGHE_METRICS_PORT", "9464")).metrics();
        assertThat(on).isEqualTo(new ServerConfiguration.MetricsListener("127.0.0.1", 9464));
        assertThat(ServerConfiguration.fromEnvironment(Map.of("RONGHE_METRICS_PORT", "9464", "RONGHE_METRICS_HOST",
                "0.0.0.0")).metrics().host()).isEqualTo("0.0.0.0");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ServerConfiguration.fromEnvironment(
                Map.of("RONGHE_METRICS_PORT", "70000")))).hasMessageContaining("RONGHE_METRICS_PORT");
        try (var server = RongheServer.start(ServerConfiguration.of(0, StorageSettings.of("memory:")))) {
            assertThat(server.metricsPort()).isEmpty();
        }
    }
}
