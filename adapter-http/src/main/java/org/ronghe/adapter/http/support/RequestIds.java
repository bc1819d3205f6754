package org.ronghe.adapter.http.support;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.javalin.http.Context;

/**
 * Every request gets an id, echoed in {@code X-Request-Id}, in the log line and in problem bodies. A
 * caller's own id is kept when it is short and plain; anything else could forge log lines.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "ronghe.requestId";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    public static void assign(Context ctx) {
        String offered = ctx.header(HEADER);
        String id = offered != null && PLAIN.matcher(offered).matches() ? offered : newId();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
    }

    /**
     * A random UUID (version 4 layout) from a thread-local generator: request ids must be unique,
     * not unguessable, and {@link UUID#randomUUID()} draws on SecureRandom on every request.
     */
    static String newId() {
        var random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC000_0000_0000_0000L) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }

    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id == null ? "-" : id;
    }
}
