package org.ronghe.adapter.http.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.adapter.http.HttpApi;
import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Messages;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;

import io.javalin.Javalin;

/**
 * Load shedding: a server with twelve request threads runs eight writes at once; a ninth is refused at once with 429,
 * Retry-After and a problem (nothing done), while reads still answer; once a write ends the next is taken.
 */
class LoadSheddingTest {

    private static final int THREADS = 12;
    /** Two thirds of the threads. */
    private static final int WRITES = 8;

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger writesStarted = new AtomicInteger();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Javalin app;

    /** A write that holds its thread until the test releases it; a read that answers at once. */
    private final RouteGroup slowWrites = () -> List.of(
            ApiRoute.command("/held", ctx -> {
                writesStarted.incrementAndGet();
                release.await(20, TimeUnit.SECONDS);
                return Reply.ok(Map.of("done", true));
            }, Set.of(ApiRole.PUBLIC)),
            ApiRoute.open("/read", ctx -> Reply.ok(Map.of("read", true))));

    @BeforeEach
    void start() {
        var settings = new HttpApi.Settings(0, List.of(), 0, Duration.ofSeconds(30), Duration.ofSeconds(10), THREADS,
                Messages.Language.EN);
        app = HttpApi.create(settings, null, null, List.of(slowWrites)).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        release.countDown();
        app.stop();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(20));
    }

    private CompletableFuture<HttpResponse<String>> write(String language) {
        return client.sendAsync(request("/held").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_write_beyond_those_in_flight_is_refused_at_once_with_retry_after_and_the_next_one_is_taken_later()
            throws Exception {
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        for (int i = 0; i < WRITES; i++) {
            held.add(write("en"));
        }
        while (writesStarted.get() < WRITES) {
            Thread.sleep(5);
        }

        var refused = write("en").get(5, TimeUnit.SECONDS);
        var refusedInChinese = write("zh-CN").get(5, TimeUnit.SECONDS);
        var read = client.send(request("/read").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("server-busy").contains("Server busy");
        assertThat(refusedInChinese.statusCode()).isEqualTo(429);
        assertThat(refusedInChinese.body()).contains("服务器繁忙");
        assertThat(writesStarted).hasValue(WRITES); // the refused writes never started
        assertThat(read.statusCode()).isEqualTo(200);

        release.countDown();
        for (var write : held) {
            assertThat(write.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        assertThat(write("en").get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(writesStarted).hasValue(WRITES + 1);
    }
}
