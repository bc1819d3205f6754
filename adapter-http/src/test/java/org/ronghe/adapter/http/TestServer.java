package org.ronghe.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.ronghe.application.storage.StorageSettings;
import org.ronghe.server.RongheServer;
import org.ronghe.server.ServerConfiguration;

import com.fasterxml.jackson.databind.JsonNode;

/** The production composition of the server, started in-process on a free port, with a bootstrap ADMIN. */
public final class TestServer implements AutoCloseable {

    public static final String ADMIN_SECRET = "test-bootstrap-secret-of-at-least-32-characters";

    private final RongheServer server;

    private TestServer(RongheServer server) {
        this.server = server;
    }

    /**
     * Failed authentications are not limited here: the suites try many bad tokens from one address on
     * purpose; {@link #start(String, HttpApi.Settings)} sets every limit.
     */
    public static TestServer start(String dbUrl, long rateLimitPerMinute) {
        return start(dbUrl, unlimitedFailures(rateLimitPerMinute));
    }

    public static TestServer start(String dbUrl, HttpApi.Settings http) {
        return new TestServer(RongheServer.start(new ServerConfiguration(0, StorageSettings.of(dbUrl), ADMIN_SECRET,
                http, false)));
    }

    /** Two thirds of them, 64, may write at once. */
    private static final int TEST_THREADS = 96;

    private static HttpApi.Settings unlimitedFailures(long rateLimitPerMinute) {
        var defaults = new HttpApi.Settings(rateLimitPerMinute, List.of());
        // threads enough that the concurrency tests' 50 simultaneous writes are all admitted (none shed with 429)
        return new HttpApi.Settings(rateLimitPerMinute, List.of(), 0, defaults.idleTimeout(), defaults.headerTimeout(),
                TEST_THREADS, defaults.language());
    }

    /** On memory, with the Jiading New City data set loaded as RONGHE_DEMO=true does. */
    public static TestServer withJiading() {
        return new TestServer(RongheServer.start(new ServerConfiguration(0, StorageSettings.of("memory:"), ADMIN_SECRET,
                unlimitedFailures(0), true)));
    }

    public static TestServer onMemory() {
        return start("memory:", 0);
    }

    /** On the given store, with the configuration adjusted (sign platforms, the escalation scan). */
    public static TestServer start(String dbUrl, java.util.function.UnaryOperator<ServerConfiguration> adjust) {
        return new TestServer(RongheServer.start(adjust.apply(new ServerConfiguration(0, StorageSettings.of(dbUrl),
                ADMIN_SECRET, unlimitedFailures(0), false))));
    }

    public int port() {
        return server.port();
    }

    public ApiClient anonymous() {
        return new ApiClient(port());
    }

    public ApiClient admin() {
        return new ApiClient(port(), ADMIN_SECRET);
    }

    /** Issues a token (as the bootstrap ADMIN) and returns a client that uses it. */
    public ApiClient clientFor(String organizationId, String role) {
        var issued = admin().post("/api/v1/tokens",
                "{\"organizationId\":\"" + organizationId + "\",\"role\":\"" + role + "\",\"label\":\"test\"}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return new ApiClient(port(), issued.json().get("secret").asText());
    }

    /** Registers an organization as the ADMIN and returns it. */
    public JsonNode register(String kind, String name, String parentId) {
        var response = admin().post("/api/v1/organizations", "{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\""
                + (parentId == null ? "" : ",\"parentId\":\"" + parentId + "\"") + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Override
    public void close() {
        server.close();
    }
}
