package org.ronghe.adapter.http.support;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Requests counted and timed per route template, method and status ({@code http.server.requests}): the
 * rate and latency an operator watches, in the buckets of a histogram. A path no route matched counts
 * under {@code NOT_FOUND}, so that clients cannot make a series per path they invent.
 */
public final class HttpMetrics {

    /** The histogram's upper bounds: from a cached read (about 1 ms) to a slow province export (10 s). */
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
            Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2_500),
            Duration.ofSeconds(5), Duration.ofSeconds(10)};
    private static final HttpMetrics NONE = new HttpMetrics(null);

    private record Series(String method, String route, int status) {
    }

    private final MeterRegistry registry;
    private final ConcurrentHashMap<Series, Timer> timers = new ConcurrentHashMap<>();

    private HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public static HttpMetrics on(MeterRegistry registry) {
        return new HttpMetrics(java.util.Objects.requireNonNull(registry, "registry"));
    }

    /** Counts nothing: for an API without metrics (tests, embedding). */
    public static HttpMetrics none() {
        return NONE;
    }

    /** Called once per request, after it was answered. */
    public void record(Context ctx, float milliseconds) {
        if (registry == null) {
            return;
        }
        record(ctx.method().name(), routeOf(ctx), ctx.statusCode(), (long) (milliseconds * 1_000_000.0));
    }

    /** One answered request (what {@link #record(Context, float)} adds to each; BENCHMARKS.md measures it). */
    public void record(String method, String route, int status, long nanos) {
        if (registry == null) {
            return;
        }
        var series = new Series(method, route, status);
        Timer timer = timers.get(series);
        if (timer == null) {
            timer = timers.computeIfAbsent(series, this::timer);
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(Series series) {
        return Timer.builder("http.server.requests").description("HTTP requests answered, by route template")
                .tag("method", series.method()).tag("route", series.route())
                .tag("status", Integer.toString(series.status())).serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    /** The template of the route that answered; a 404 of no route is answered by a catch-all ("*"). */
    private static String routeOf(Context ctx) {
        try {
            var endpoint = ctx.endpoints().matchedHttpEndpoint();
            return endpoint == null || endpoint.path.equals("*") ? "NOT_FOUND" : endpoint.path;
        } catch (RuntimeException noRouteMatched) {
            return "NOT_FOUND";
        }
    }
}
