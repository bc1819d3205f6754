package org.ronghe.benchmarks.data;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code java -cp ronghe-benchmarks.jar org.ronghe.benchmarks.data.SignalBurst BASE_URL SECRET SIGNALS SECONDS
 * [IN_FLIGHT]}: sends SIGNALS signals spread evenly over SECONDS (a burst), each with its own event id, and counts
 * every answer: a new case (201), a duplicate or a delivery seen before (200), or 429 with Retry-After, which it
 * retries after the time the server asks. Nothing is lost when every signal ends acknowledged and no answer was
 * anything else; it exits 1 otherwise.
 *
 * <p>Like a platform's HTTP client with a pool, it keeps at most IN_FLIGHT requests (default 256) open at once; a
 * signal due while all are out waits for one. Without the bound the client opened over 8,000 connections on two
 * cores, and its own single selector thread then noticed established connections more than 5 s late: connect
 * time-outs of the sender, not refusals of the server (whose accept queue never filled; 2026-12-07).
 */
public final class SignalBurst {

    private static final String[] CATEGORIES = {"TRAFFIC_CONGESTION", "ILLEGAL_BUILDING", "FIRE_LANE", "WATERLOGGING",
        "HIGH_POINT_ALERT", "STREET_VENDING", "EXPOSED_WASTE", "ROAD_DAMAGE", "MANHOLE_COVER", "STREETLIGHT_FAULT",
        "NOISE", "ILLEGAL_PARKING"};

    private SignalBurst() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: SignalBurst BASE_URL SECRET SIGNALS SECONDS [IN_FLIGHT]");
            System.exit(2);
        }
        String base = args[0];
        String secret = args[1];
        int signals = Integer.parseInt(args[2]);
        double seconds = Double.parseDouble(args[3]);
        var inFlight = new Semaphore(args.length == 5 ? Integer.parseInt(args[4]) : 256);
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var random = new Random(10_000);
        var statuses = new ConcurrentHashMap<Integer, AtomicInteger>();
        var acknowledged = ConcurrentHashMap.<String>newKeySet();
        var retryAfterMissing = new AtomicInteger();
        var others = new ConcurrentLinkedQueue<String>();
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        long start = System.nanoTime();
        long runId = System.currentTimeMillis();
        for (int i = 0; i < signals; i++) {
            long due = start + (long) (i * seconds * 1e9 / signals);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            String eventId = "burst-" + runId + "-" + i;
            String body = String.format(Locale.ROOT, "{\"source\":\"SIGN_PLATFORM\",\"category\":\"%s\",\"location\":"
                    + "{\"longitude\":%.6f,\"latitude\":%.6f},\"description\":\"burst signal %d\"}",
                    CATEGORIES[random.nextInt(CATEGORIES.length)], 121.20 + random.nextDouble() * 0.25,
                    31.30 + random.nextDouble() * 0.12, i);
            pending.add(send(client, inFlight, base, secret, eventId, body, statuses, acknowledged,
                    retryAfterMissing, others, 0));
        }
        long sent = System.nanoTime();
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        long done = System.nanoTime();
        System.out.printf("sent %,d signals in %.1f s, all answered in %.1f s: %s%n", signals, (sent - start) / 1e9,
                (done - start) / 1e9, statuses);
        System.out.printf("acknowledged %,d of %,d; 429 without Retry-After: %d; other answers: %d%n",
                acknowledged.size(), signals, retryAfterMissing.get(), others.size());
        others.stream().limit(5).forEach(other -> System.out.println("  " + other));
        boolean lost = acknowledged.size() != signals || retryAfterMissing.get() > 0 || !others.isEmpty();
        System.out.println(lost ? "LOST: some signal was neither a case, a duplicate nor a 429 retried"
                : "nothing lost: every signal is a case or a duplicate, 429s retried after Retry-After");
        System.exit(lost ? 1 : 0);
    }

    private static CompletableFuture<Void> send(HttpClient client, Semaphore inFlight, String base, String secret,
            String eventId,
            String body, ConcurrentHashMap<Integer, AtomicInteger> statuses, java.util.Set<String> acknowledged,
            AtomicInteger retryAfterMissing, ConcurrentLinkedQueue<String> others, int attempt) {
        var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/signals")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + secret).header("Content-Type", "application/json")
                .header("Idempotency-Key", eventId).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        inFlight.acquireUninterruptibly();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) ->
                inFlight.release()).thenCompose(response -> {
            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            if (response.statusCode() == 201 || response.statusCode() == 200) {
                acknowledged.add(eventId);
                return CompletableFuture.completedFuture(null);
            }
            if (response.statusCode() == 429 || response.statusCode() == 503) {
                var retryAfter = response.headers().firstValue("Retry-After");
                if (retryAfter.isEmpty()) {
                    retryAfterMissing.incrementAndGet();
                }
                // as asked, spread over a second so that the retries do not all come back at once
                long delay = retryAfter.map(Long::parseLong).orElse(1L) * 1_000
                        + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000);
                return CompletableFuture.runAsync(() -> { },
                        CompletableFuture.delayedExecutor(delay, java.util.concurrent.TimeUnit.MILLISECONDS))
                        .thenCompose(ignored -> send(client, inFlight, base, secret, eventId, body, statuses,
                                acknowledged, retryAfterMissing, others, attempt + 1));
            }
            others.add(response.statusCode() + " " + response.body());
            return CompletableFuture.completedFuture(null);
        }).exceptionally(failure -> {
            others.add("no answer: " + failure);
            return null;
        });
    }
}
