package org.ronghe.adapter.http.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.http.Context;

/** One log line per request: method, path, status, milliseconds, request id. */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("org.ronghe.http.requests");

    private RequestLog() {
    }

    public static void log(Context ctx, float milliseconds) {
        LOG.info("{} {} {} {}ms {}", ctx.method().name(), printable(ctx.path()), ctx.statusCode(),
                String.format(java.util.Locale.ROOT, "%.1f", milliseconds), RequestIds.of(ctx));
    }

    /** Paths come from clients: no control character reaches the log. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 512));
        text.codePoints().limit(512).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
