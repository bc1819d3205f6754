package org.ronghe.adapter.http.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.ronghe.adapter.http.support.Problems;
import org.ronghe.adapter.http.support.RawBody;
import org.ronghe.adapter.http.support.Reply;

import io.javalin.http.Context;

/**
 * {@code GET /health}: 200 while every dependency answers, else a 503 problem naming the one that does
 * not. The store is asked at most once a second, by one request at a time, so that the public route can
 * neither load the store nor hold request threads while it is slow to answer.
 */
final class Health {

    private static final long ASK_EVERY_NANOS = 1_000_000_000L;

    private final BooleanSupplier storageReachable;
    private final AtomicBoolean asking = new AtomicBoolean();
    private volatile boolean storageUp = true;
    private volatile long askedAt;
    private volatile boolean asked;

    Health(BooleanSupplier storageReachable) {
        this.storageReachable = storageReachable;
    }

    Reply answer(Context ctx) {
        boolean up = storageUp();
        Map<String, String> dependencies = new LinkedHashMap<>();
        dependencies.put("storage", up ? "UP" : "DOWN");
        if (!up) {
            byte[] problem = Problems.render(ctx, 503, "dependency-down", "the storage does not answer: requests that "
                    + "need it get 503 until it is back", List.of(), Map.of("dependencies", dependencies));
            return new Reply(503, new RawBody(Problems.CONTENT_TYPE, problem),
                    Map.of("Retry-After", String.valueOf(Problems.STORAGE_RETRY_AFTER_SECONDS)));
        }
        return Reply.ok(Map.of("status", "UP", "dependencies", dependencies));
    }

    /**
     * One request at a time asks the store (which can take seconds while it is down); the others answer
     * with what was last found instead of waiting, so health checks never hold request threads.
     */
    private boolean storageUp() {
        if ((!asked || System.nanoTime() - askedAt > ASK_EVERY_NANOS) && asking.compareAndSet(false, true)) {
            try {
                storageUp = storageReachable.getAsBoolean();
                askedAt = System.nanoTime();
                asked = true;
            } finally {
                asking.set(false);
            }
        }
        return storageUp;
    }
}
