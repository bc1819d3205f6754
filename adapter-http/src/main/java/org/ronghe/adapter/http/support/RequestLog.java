package org.ronghe.adapter.http.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.http.Context;

/**
 * One log line per request: method, path, status, milliseconds, request id. Lines are written by one
 * background thread: a request never waits on the log's lock or on a slow standard output (under disk
 * pressure a synchronous line held every request thread for tens of milliseconds; BENCHMARKS.md). The
 * writer looks for lines every 20 ms. When more lines wait than the queue holds, the surplus is dropped
 * and counted in the log.
 */
public final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("org.ronghe.http.requests");
    private static final int CAPACITY = 16_384;
    private static final BlockingQueue<String> LINES = new ArrayBlockingQueue<>(CAPACITY);
    private static final AtomicLong DROPPED = new AtomicLong();
    private static final int BATCH = 1_024;
    private static final long POLL_NANOS = 20_000_000;

    static {
        Thread writer = new Thread(RequestLog::write, "ronghe-request-log");
        writer.setDaemon(true);
        writer.start();
    }

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
        if (!LINES.offer(line.toString())) {
            DROPPED.incrementAndGet();
        }
    }

    private static void write() {
        List<String> batch = new ArrayList<>(BATCH);
        while (!Thread.currentThread().isInterrupted()) {
            if (LINES.drainTo(batch, BATCH) == 0) {
                // Polled, never woken: waking the writer for each line cost more CPU than the line
                // itself (a profile of GET load: 10 % of the process in futex wake-ups; BENCHMARKS.md).
                LockSupport.parkNanos(POLL_NANOS);
                continue;
            }
            for (String line : batch) {
                LOG.info(line);
            }
            batch.clear();
            long dropped = DROPPED.getAndSet(0);
            if (dropped > 0) {
                LOG.warn("{} request log lines dropped: the log could not keep up", dropped);
            }
        }
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
