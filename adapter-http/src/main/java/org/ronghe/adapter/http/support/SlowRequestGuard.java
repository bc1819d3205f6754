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
 * Closes HTTP/1 connections that take longer than the limit to send one request's headers. Jetty's
 * idle timeout starts again with every byte, so a client that trickles a header byte every few
 * seconds ("slowloris") would otherwise hold its connection, and the memory behind it, for ever.
 * A sweep each second looks at every open connection's parser: the clock of a connection starts
 * when its parser leaves the start of a request and stops when the headers are complete.
 */
public final class SlowRequestGuard implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(SlowRequestGuard.class);

    private final long limitNanos;
    private final Map<HttpConnection, AtomicLong> readingSince = new ConcurrentHashMap<>();
    private final AtomicLong closed = new AtomicLong();
    private ScheduledExecutorService sweeper;

    public SlowRequestGuard(Duration headerTimeout) {
        if (headerTimeout.isNegative() || headerTimeout.isZero()) {
            throw new IllegalArgumentException("a header timeout is positive");
        }
        this.limitNanos = headerTimeout.toNanos();
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
            if (!readingHeaders) {
                since.set(0);
            } else if (since.get() == 0) {
                since.set(now);
            } else if (now - since.get() > limitNanos) {
                closed.incrementAndGet();
                LOG.warn("closed a connection from {} that sent no complete request headers in {} s",
                        connection.getEndPoint().getRemoteSocketAddress(), TimeUnit.NANOSECONDS.toSeconds(limitNanos));
                readingSince.remove(connection);
                connection.getEndPoint().close();
            }
        });
    }

    /** How many connections were closed for slow headers, for tests and operators. */
    public long closedConnections() {
        return closed.get();
    }
}
