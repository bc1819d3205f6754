package org.ronghe.adapter.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.PageRoute;
import org.ronghe.adapter.http.support.FailedAuthentications;
import org.ronghe.adapter.http.support.HttpMetrics;
import org.ronghe.adapter.http.support.JettyProblems;
import org.ronghe.adapter.http.support.JsonWriter;
import org.ronghe.adapter.http.support.Messages;
import org.ronghe.adapter.http.support.Problems;
import org.ronghe.adapter.http.support.RateLimiter;
import org.ronghe.adapter.http.support.RequestIds;
import org.ronghe.adapter.http.support.RequestLog;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.adapter.http.support.RouteHandlers;
import org.ronghe.adapter.http.support.Security;
import org.ronghe.adapter.http.support.SlowRequestGuard;
import org.ronghe.adapter.http.support.WriteAdmission;
import org.ronghe.application.access.port.in.AccessQueries;
import org.ronghe.application.idempotency.port.in.IdempotentExecution;

import io.javalin.Javalin;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** Builds the Javalin application that serves the given route groups under the API's common rules. */
public final class HttpApi {

    /** Bodies above this size are refused with 413 before they are read whole. */
    public static final long MAX_REQUEST_BYTES = 1_000_000;
    /** Connections the kernel holds for the server to accept (bounded by the system's somaxconn). */
    static final int ACCEPT_QUEUE = 4_096;
    /** The policy of every answer that is not a page: load nothing, run nothing, be framed nowhere. */
    public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /**
     * @param rateLimitPerMinute requests a minute per token (0: no limit)
     * @param corsOrigins origins allowed to call from a browser (empty: CORS off)
     * @param failedAuthenticationsPerMinute failed authentications a minute per client address before it
     *     waits (0: no limit)
     * @param idleTimeout how long a connection may stay silent
     * @param headerTimeout how long a client may take to send one request's headers
     * @param maxThreads request threads at most (connections beyond wait in the queue, not in a thread); two
     *     thirds of them may run writes at once, a write beyond is refused at once with 429 and Retry-After
     * @param language the language of problems when a request's Accept-Language names neither Chinese nor English
     */
    public record Settings(long rateLimitPerMinute, List<String> corsOrigins, long failedAuthenticationsPerMinute,
            Duration idleTimeout, Duration headerTimeout, int maxThreads, Messages.Language language) {

        public static final long DEFAULT_FAILED_AUTHENTICATIONS_PER_MINUTE = 30;
        public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
        public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
        public static final int DEFAULT_MAX_THREADS = 48;

        public Settings {
            corsOrigins = List.copyOf(corsOrigins);
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            Objects.requireNonNull(headerTimeout, "headerTimeout");
            Objects.requireNonNull(language, "language");
            if (maxThreads < 8) {
                throw new IllegalArgumentException("at least 8 threads: Jetty keeps some for accepting and selecting");
            }
        }

        /** The defaults for the platform limits. */
        public Settings(long rateLimitPerMinute, List<String> corsOrigins) {
            this(rateLimitPerMinute, corsOrigins, DEFAULT_FAILED_AUTHENTICATIONS_PER_MINUTE, DEFAULT_IDLE_TIMEOUT,
                    DEFAULT_HEADER_TIMEOUT, DEFAULT_MAX_THREADS, Messages.Language.EN);
        }

        public static Settings defaults() {
            return new Settings(6_000, List.of());
        }
    }

    private HttpApi() {
    }

    public static Javalin create(Settings settings, AccessQueries authenticate, IdempotentExecution idempotent,
            List<RouteGroup> groups) {
        return create(settings, authenticate, idempotent, groups, HttpMetrics.none());
    }

    /** The API, each request counted and timed in {@code metrics} (the server's, scraped by Prometheus). */
    public static Javalin create(Settings settings, AccessQueries authenticate, IdempotentExecution idempotent,
            List<RouteGroup> groups, HttpMetrics metrics) {
        return create(settings, authenticate, idempotent, groups, metrics, List.of());
    }

    /** The API and, beside it, pages that check their own sessions (the console). */
    public static Javalin create(Settings settings, AccessQueries authenticate, IdempotentExecution idempotent,
            List<RouteGroup> groups, HttpMetrics metrics, List<PageRoute> pages) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(metrics, "metrics");
        List<ApiRoute> routes = routes(groups);
        var security = new Security(authenticate, settings.rateLimitPerMinute() > 0
                ? new RateLimiter(settings.rateLimitPerMinute(), System::nanoTime) : null,
                settings.failedAuthenticationsPerMinute() > 0
                        ? new FailedAuthentications(settings.failedAuthenticationsPerMinute(), System::nanoTime) : null);
        var handlers = new RouteHandlers(idempotent, WriteAdmission.forThreads(settings.maxThreads()));
        var slowRequests = new SlowRequestGuard(settings.headerTimeout(), MAX_REQUEST_BYTES);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.prefer405over404 = true;
            // A bounded pool: under many connections requests queue instead of each taking a thread and
            // its stack (270 threads and 350 MB of RSS under 500 connections before; BENCHMARKS.md).
            config.jetty.threadPool = new QueuedThreadPool(settings.maxThreads(), Math.min(8, settings.maxThreads()),
                    60_000);
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                // Each connection's parser would keep a cache of the header lines it saw (a trie of about
                // 100 KB): 50 MB of heap under 500 connections (JFR, BENCHMARKS.md). No cache: headers are
                // parsed anew, which costs little next to the rest of a request.
                http.setHeaderCacheSize(0);
            });
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new JettyProblems(settings.language()));
                server.addEventListener(new LifeCycle.Listener() {
                    @Override
                    public void lifeCycleStarting(LifeCycle event) {
                        for (Connector connector : server.getConnectors()) {
                            if (connector instanceof AbstractConnector network) {
                                network.setIdleTimeout(settings.idleTimeout().toMillis());
                                network.addEventListener(slowRequests);
                            }
                            if (connector instanceof org.eclipse.jetty.server.ServerConnector listening) {
                                // Java's default backlog is 50 connections: under a burst of new connections the
                                // kernel dropped the rest before Jetty could take them, and their senders timed
                                // out connecting instead of being answered (429 when busy). The kernel caps it.
                                listening.setAcceptQueueSize(ACCEPT_QUEUE);
                            }
                        }
                        slowRequests.start();
                    }

                    @Override
                    public void lifeCycleStopped(LifeCycle event) {
                        slowRequests.stop();
                    }
                });
            });
            config.requestLogger.http((ctx, milliseconds) -> {
                RequestLog.log(ctx, milliseconds);
                metrics.record(ctx, milliseconds);
            });
            if (!settings.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    String first = settings.corsOrigins().get(0);
                    rule.allowHost(first, settings.corsOrigins().subList(1, settings.corsOrigins().size())
                            .toArray(String[]::new));
                    rule.exposeHeader("ETag");
                    rule.exposeHeader("Location");
                    rule.exposeHeader(RequestIds.HEADER);
                }));
            }
            config.routes.before(ctx -> {
                RequestIds.assign(ctx);
                ctx.attribute(Problems.LANGUAGE, Messages.negotiate(ctx.header("Accept-Language"), settings.language()));
                ctx.header("X-Content-Type-Options", "nosniff");
                // No answer is to be framed or to run anything; an HTML page sets its own, narrower policy.
                ctx.header("X-Frame-Options", "DENY");
                ctx.header("Content-Security-Policy", API_POLICY);
                // Read (at most 1 MB of) the body before anything may answer early: a connection
                // closed on an unread body can lose the answer, e.g. a 401, on its way to the client.
                if (ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null) {
                    ctx.bodyAsBytes();
                }
            });
            config.routes.beforeMatched(security::check);
            for (ApiRoute route : routes) {
                var roles = route.roles().toArray(io.javalin.security.RouteRole[]::new);
                var handler = handlers.of(route);
                config.routes.addHttpHandler(route.method(), route.path(), handler, roles);
                if (route.method() == io.javalin.http.HandlerType.GET) {
                    // HEAD as GET, with the same roles: Javalin's implicit HEAD carries none, so even
                    // public routes asked for a token
                    config.routes.addHttpHandler(io.javalin.http.HandlerType.HEAD, route.path(), handler, roles);
                }
            }
            for (PageRoute page : pages) {
                // public to the bearer check: a page checks its session cookie itself
                config.routes.addHttpHandler(page.method(), page.path(), page.handler(), ApiRole.PUBLIC);
                if (page.method() == io.javalin.http.HandlerType.GET) {
                    config.routes.addHttpHandler(io.javalin.http.HandlerType.HEAD, page.path(), page.handler(),
                            ApiRole.PUBLIC);
                }
            }
            Problems.install(config);
        });
    }

    /**
     * Loads and runs the HTTP stack once (Jackson, Javalin, Jetty on an ephemeral loopback port, then
     * stopped) on a daemon thread. A server calls it before opening its storage, so that the two largest
     * parts of a start use both cores; the first request is served sooner (BENCHMARKS.md).
     */
    public static void warmUpInBackground() {
        Thread thread = new Thread(() -> {
            try {
                JsonWriter.writeBytes(java.util.Map.of("warm", List.of(1, "up", java.time.LocalDate.EPOCH)));
                Javalin app = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.startup.showOldJavalinVersionWarning = false;
                    config.routes.get("/", ctx -> ctx.result("warm"));
                });
                app.start("127.0.0.1", 0);
                app.stop();
            } catch (RuntimeException e) {
                // Only a warm-up: the real start reports any problem with the HTTP stack.
            }
        }, "ronghe-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Every route the API serves, for inventories and documentation. */
    public static List<ApiRoute> routes(List<RouteGroup> groups) {
        return groups.stream().flatMap(group -> group.routes().stream()).toList();
    }
}
