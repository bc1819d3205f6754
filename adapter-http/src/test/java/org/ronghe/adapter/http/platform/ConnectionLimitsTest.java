package org.ronghe.adapter.http.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.ApiClient;
import org.ronghe.adapter.http.HttpApi;
import org.ronghe.adapter.http.TestServer;

/**
 * The HTTP platform's limits against clients that misbehave on purpose: guessing tokens, trickling
 * headers, opening connections and saying nothing.
 */
class ConnectionLimitsTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start("memory:", new HttpApi.Settings(0, List.of(), 5, Duration.ofSeconds(3),
                Duration.ofSeconds(2), 16, org.ronghe.adapter.http.support.Messages.Language.EN));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A raw request from a chosen local address; returns the status line, or null if the connection closed. */
    private static String rawGet(String fromAddress, String path, String secret) throws IOException {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + secret + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return response.isEmpty() ? null : response.lines().findFirst().orElse(null);
        }
    }

    @Test
    void an_address_that_keeps_failing_to_authenticate_is_refused_for_a_while_and_others_are_not()
            throws IOException {
        var guesser = server.anonymous().withToken("rh_guess");
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.get("/api/v1/organizations").status()).isEqualTo(401);
        }

        var refused = guesser.get("/api/v1/organizations");
        var evenWithAGoodToken = server.admin().get("/api/v1/organizations");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asText()).isEqualTo("too-many-failed-authentications");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(evenWithAGoodToken.status()).as("the address, not the token, is refused").isEqualTo(429);
        assertThat(server.anonymous().get("/health").status()).as("public routes stay open").isEqualTo(200);
        assertThat(rawGet("127.0.0.2", "/api/v1/organizations", "test-bootstrap-secret-of-at-least-32-characters"))
                .as("another address").isEqualTo("HTTP/1.1 200 OK");
    }

    /** A raw form POST from a chosen local address; returns the status line. */
    private static String rawPost(String fromAddress, String path, String form, String... headers) throws IOException {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()));
            socket.setSoTimeout(10_000);
            byte[] body = form.getBytes(StandardCharsets.UTF_8);
            var request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length + "\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            socket.getOutputStream().write((request + "\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            var response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return response.lines().findFirst().orElse(null);
        }
    }

    @Test
    void guessing_an_open311_api_key_or_a_webhook_signature_counts_against_the_address_as_a_token_does()
            throws IOException {
        for (int i = 0; i < 5; i++) {
            assertThat(rawPost("127.0.0.4", "/open311/v2/requests.json", "api_key=rh_guess-" + i
                    + "&service_code=X&lat=31.3&long=121.3")).isEqualTo("HTTP/1.1 403 Forbidden");
        }
        assertThat(rawPost("127.0.0.4", "/open311/v2/requests.json", "api_key=rh_guess&service_code=X"))
                .isEqualTo("HTTP/1.1 429 Too Many Requests");
        assertThat(rawGet("127.0.0.4", "/api/v1/organizations", "test-bootstrap-secret-of-at-least-32-characters"))
                .as("the address, whatever route it guessed on").isEqualTo("HTTP/1.1 429 Too Many Requests");
        for (int i = 0; i < 5; i++) {
            assertThat(rawPost("127.0.0.5", "/api/v1/intake/sign-platform", "{}", "X-Ronghe-Platform: nanxiang",
                    "X-Ronghe-Timestamp: 1", "X-Ronghe-Signature: sha256=00")).isEqualTo("HTTP/1.1 401 Unauthorized");
        }
        assertThat(rawGet("127.0.0.5", "/api/v1/organizations", "test-bootstrap-secret-of-at-least-32-characters"))
                .isEqualTo("HTTP/1.1 429 Too Many Requests");
        assertThat(rawGet("127.0.0.6", "/open311/v2/services.json", "x")).as("reading stays open")
                .isEqualTo("HTTP/1.1 200 OK");
    }

    @Test
    void a_client_that_trickles_its_headers_is_cut_off_after_the_header_timeout() throws Exception {
        try (var socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write("GET /health HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            boolean closed = false;
            // one header byte every 400 ms: each resets Jetty's idle timeout (3 s), never the header timeout (2 s)
            while (!closed && System.nanoTime() - started < 15_000_000_000L) {
                try {
                    out.write('X');
                    out.flush();
                    closed = in.read() == -1;
                } catch (SocketTimeoutException stillOpen) {
                    // nothing to read yet: the connection is open
                } catch (SocketException reset) {
                    closed = true;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(closed).as("closed by the server").isTrue();
            assertThat(seconds).as("seconds until closed").isBetween(1.5, 5.0);
        }
    }

    @Test
    void a_connection_that_says_nothing_is_closed_after_the_idle_timeout() throws Exception {
        try (var socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(15_000);
            long started = System.nanoTime();

            int read = socket.getInputStream().read();

            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(read).isEqualTo(-1);
            assertThat(seconds).isBetween(2.5, 6.0);
        }
    }

    @Test
    void a_well_behaved_client_keeps_its_connection_between_requests_inside_the_idle_timeout() {
        var client = new ApiClient(server.port(), "test-bootstrap-secret-of-at-least-32-characters");
        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/health").status()).isEqualTo(200);
        }
    }

    @Test
    void a_client_that_trickles_its_body_is_cut_off_once_its_allowance_is_spent() throws Exception {
        try (var socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            // 200 bytes promised: the header limit (2 s) and 200 bytes at 1 KiB/s, about 2.2 s in all
            out.write(("POST /api/v1/organizations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer test-bootstrap-secret-of-at-least-32-characters\r\n"
                    + "Content-Length: 200\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
            long started = System.nanoTime();
            boolean closed = false;
            // one body byte every 400 ms: each resets Jetty's idle timeout (3 s), never the body's allowance
            while (!closed && System.nanoTime() - started < 15_000_000_000L) {
                try {
                    out.write(' ');
                    out.flush();
                    closed = in.read() == -1;
                } catch (SocketTimeoutException stillOpen) {
                    // nothing to read yet: the connection is open
                } catch (SocketException reset) {
                    closed = true;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(closed).as("closed by the server").isTrue();
            assertThat(seconds).as("seconds until closed").isBetween(1.5, 5.0);
        }
    }
}
