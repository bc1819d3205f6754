package org.ronghe.adapter.http.support;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes HTTP/1 connections that take longer than the limit to send one request's headers, or whose
 * body then arrives slower than {@link #MIN_BODY_BYTES_PER_SECOND}. Jetty's idle timeout starts again
 * with every byte, so a client that trickles a byte every few seconds ("slowloris") would otherwise
 * hold its connection, and the memory behind it, for ever. A sweep each second looks at every open
 * connection's parser: the clock of a connection starts when its parser leaves the start of a request
 * and stops when the request (headers and body) is complete. The body's allowance is its length at the
 * minimum rate, on top of the header limit.
 *
 * <p>Why not Jetty's own minimum request data rate: it measures from the moment the handler first reads
 * the body, so a small body read again a few milliseconds later, on a busy machine, fails the rate
 * (25 bytes, 25 ms) and the request is lost to a 408 that the client did nothing to earn.
 */
public final class SlowRequestGuard implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(SlowRequestGuard.class);

    /** The slowest body a client may send, after its headers (chunked bodies: as for the largest one). */
    public static final long MIN_BODY_BYTES_PER_SECOND = 1_024;

    private final long limitNanos;
    private final long largestBodyBytes;
    private final Map<HttpConnection, AtomicLong> readingSince = new ConcurrentHashMap<>();
    private final AtomicLong closed = new AtomicLong();
    private ScheduledExecutorService sweeper;

    /**
     * @param headerTimeout how long a client may take to send one request's headers
     * @param largestBodyBytes the largest body a request may carry (the allowance of a chunked body)
     */
    public SlowRequestGuard(Duration headerTimeout, long largestBodyBytes) {
        if (headerTimeout.isNegative() || headerTimeout.isZero()) {
            throw new IllegalArgumentException("a header timeout is positive");
        }
        this.limitNanos = headerTimeout.toNanos();
        this.largestBodyBytes = largestBodyBytes;
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            readingSince.put(http, new AtomicLong());
        }
    }

    @Override
    public void onClosed(Connection connection) {
        readingSince.remove(connection);
    }

    /** Starts the sweep (with the server). */
    public synchronized void start() {
        if (sweeper == null) {
            sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "ronghe-slow-request-guard");
                thread.setDaemon(true);
                return thread;
            });
            sweeper.scheduleWithFixedDelay(() -> sweep(System.nanoTime()), 1, 1, TimeUnit.SECONDS);
        }
    }

    /** Stops the sweep (with the server). */
    public synchronized void stop() {
        if (sweeper != null) {
            sweeper.shutdownNow();
            sweeper = null;
        }
    }

    void sweep(long now) {
        readingSince.forEach((connection, since) -> {
            var parser = connection.getParser();
            boolean readingHeaders = parser.inHeaderState() && !parser.isStart();
            boolean readingBody = parser.inContentState();
            if (!readingHeaders && !readingBody) {
                since.set(0);
            } else if (since.get() == 0) {
                since.set(now);
            } else if (now - since.get() > limitNanos + (readingBody ? bodyAllowanceNanos(parser.getContentLength()) : 0)) {
                closed.incrementAndGet();
                LOG.warn("closed a connection from {} that sent no complete request {} in time",
                        connection.getEndPoint().getRemoteSocketAddress(), readingBody ? "body" : "headers");
                readingSince.remove(connection);
                connection.getEndPoint().close();
            }
        });
    }

    private long bodyAllowanceNanos(long contentLength) {
        long bytes = contentLength >= 0 ? Math.min(contentLength, largestBodyBytes) : largestBodyBytes;
        return TimeUnit.SECONDS.toNanos(bytes) / MIN_BODY_BYTES_PER_SECOND;
    }

    /** How many connections were closed for slow headers or bodies, for tests and operators. */
    public long closedConnections() {
        return closed.get();
    }
}
