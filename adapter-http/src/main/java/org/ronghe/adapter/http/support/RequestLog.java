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
        if (!LOG.isInfoEnabled()) {
            return;
        }
        // Built by hand: this runs on every request, and formatting showed up in profiles (BENCHMARKS.md).
        long tenths = Math.round(milliseconds * 10.0);
        StringBuilder line = new StringBuilder(120).append(ctx.method().name()).append(' ');
        printable(ctx.path(), line).append(' ').append(ctx.statusCode()).append(' ').append(tenths / 10).append('.')
                .append(tenths % 10).append("ms ").append(RequestIds.of(ctx));
        LOG.info(line.toString());
    }

    /** Paths come from clients: no control character reaches the log. */
    static String printable(String text) {
        return printable(text, new StringBuilder(Math.min(text.length(), 512))).toString();
    }

    private static StringBuilder printable(String text, StringBuilder out) {
        int count = 0;
        for (int i = 0; i < text.length() && count < 512; count++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isISOControl(c)) {
                out.append("\\u").append(String.format("%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        }
        return out;
    }
}
