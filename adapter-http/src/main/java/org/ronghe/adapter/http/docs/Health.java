package org.ronghe.adapter.http.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.ronghe.adapter.http.support.Problems;
import org.ronghe.adapter.http.support.RawBody;
import org.ronghe.adapter.http.support.Reply;

import io.javalin.http.Context;

/**
 * {@code GET /health}: 200 while every dependency answers, else a 503 problem naming the one that does
 * not. The store is asked at most once a second, so that the public route cannot be used to load it.
 */
final class Health {

    private static final long ASK_EVERY_NANOS = 1_000_000_000L;

    private final BooleanSupplier storageReachable;
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

    private boolean storageUp() {
        long now = System.nanoTime();
        if (!asked || now - askedAt > ASK_EVERY_NANOS) {
            synchronized (this) {
                if (!asked || now - askedAt > ASK_EVERY_NANOS) {
                    storageUp = storageReachable.getAsBoolean();
                    askedAt = System.nanoTime();
                    asked = true;
                }
            }
        }
        return storageUp;
    }

}
