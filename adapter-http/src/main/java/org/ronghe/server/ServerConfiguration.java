package org.ronghe.server;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ronghe.adapter.http.cases.SignPlatforms;
import org.ronghe.adapter.http.HttpApi;
import org.ronghe.adapter.http.support.Messages;
import org.ronghe.application.storage.StorageSettings;

/**
 * The server's settings, from environment variables (see the README's configuration table).
 *
 * @param bootstrapToken secret of the first ADMIN token, made on a start that finds no token (null: none)
 * @param http the HTTP platform's limits: requests and failed authentications per minute, CORS, timeouts,
 *     threads
 * @param demo whether to load the Jiading New City data set into an empty store
 * @param metrics where the Prometheus metrics are served, or off
 * @param signPlatforms the sign platforms that may push signals to the webhook, with their secrets
 * @param escalationScan how often the cases whose limits passed are escalated (zero: never, on this node)
 */
public record ServerConfiguration(int httpPort, StorageSettings storage, String bootstrapToken, HttpApi.Settings http,
        boolean demo, MetricsListener metrics, SignPlatforms signPlatforms, Duration escalationScan) {

    public static final Duration DEFAULT_ESCALATION_SCAN = Duration.ofMinutes(1);

    public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/ronghe";

    /** The management port's address for {@code GET /metrics}; port 0 takes any free one. */
    public record MetricsListener(String host, int port) {

        public static final MetricsListener OFF = new MetricsListener("", -1);

        public MetricsListener {
            Objects.requireNonNull(host, "host");
        }

        public boolean on() {
            return port >= 0;
        }
    }

    public ServerConfiguration {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(signPlatforms, "signPlatforms");
        if (escalationScan == null || escalationScan.isNegative()) {
            throw new IllegalArgumentException("the escalation scan's period is zero (off) or more");
        }
    }

    /** No sign platform, the escalation scan each minute. */
    public ServerConfiguration(int httpPort, StorageSettings storage, String bootstrapToken, HttpApi.Settings http,
            boolean demo, MetricsListener metrics) {
        this(httpPort, storage, bootstrapToken, http, demo, metrics, SignPlatforms.NONE, DEFAULT_ESCALATION_SCAN);
    }

    public ServerConfiguration withSignPlatforms(SignPlatforms platforms) {
        return new ServerConfiguration(httpPort, storage, bootstrapToken, http, demo, metrics, platforms,
                escalationScan);
    }

    public ServerConfiguration withEscalationScan(Duration period) {
        return new ServerConfiguration(httpPort, storage, bootstrapToken, http, demo, metrics, signPlatforms, period);
    }

    /** Without metrics. */
    public ServerConfiguration(int httpPort, StorageSettings storage, String bootstrapToken, HttpApi.Settings http,
            boolean demo) {
        this(httpPort, storage, bootstrapToken, http, demo, MetricsListener.OFF);
    }

    /** The platform's default limits but for the requests a token may make a minute and CORS. */
    public ServerConfiguration(int httpPort, StorageSettings storage, String bootstrapToken, long rateLimitPerMinute,
            List<String> corsOrigins, boolean demo) {
        this(httpPort, storage, bootstrapToken, new HttpApi.Settings(rateLimitPerMinute, corsOrigins), demo);
    }

    /** Defaults everywhere but port and storage: for tests and embedding. */
    public static ServerConfiguration of(int httpPort, StorageSettings storage) {
        return new ServerConfiguration(httpPort, storage, null, 6_000, List.of(), false);
    }

    public long rateLimitPerMinute() {
        return http.rateLimitPerMinute();
    }

    public List<String> corsOrigins() {
        return http.corsOrigins();
    }

    public static ServerConfiguration fromEnvironment(Map<String, String> env) {
        int port = (int) integer(env, "RONGHE_HTTP_PORT", 7070, 0, 65535);
        int poolSize = (int) integer(env, "RONGHE_DB_POOL_SIZE", 8, 1, 200);
        long rateLimit = integer(env, "RONGHE_RATE_LIMIT_PER_MINUTE", 6_000, 0, 100_000_000);
        long failures = integer(env, "RONGHE_AUTH_FAILURES_PER_MINUTE",
                HttpApi.Settings.DEFAULT_FAILED_AUTHENTICATIONS_PER_MINUTE, 0, 100_000);
        long idle = integer(env, "RONGHE_HTTP_IDLE_TIMEOUT_SECONDS", HttpApi.Settings.DEFAULT_IDLE_TIMEOUT.toSeconds(), 1,
                3_600);
        long header = integer(env, "RONGHE_HTTP_HEADER_TIMEOUT_SECONDS",
                HttpApi.Settings.DEFAULT_HEADER_TIMEOUT.toSeconds(), 1, 600);
        int threads = (int) integer(env, "RONGHE_HTTP_MAX_THREADS", HttpApi.Settings.DEFAULT_MAX_THREADS, 8, 1_000);
        Messages.Language language = language(env.get("RONGHE_LANGUAGE"));
        String url = blank(env.get("RONGHE_DB_URL")) ? DEFAULT_DB_URL : env.get("RONGHE_DB_URL").strip();
        String bootstrap = blank(env.get("RONGHE_BOOTSTRAP_TOKEN")) ? null : env.get("RONGHE_BOOTSTRAP_TOKEN").strip();
        List<String> origins = blank(env.get("RONGHE_CORS_ORIGINS")) ? List.of()
                : Arrays.stream(env.get("RONGHE_CORS_ORIGINS").split(",")).map(String::strip)
                        .filter(origin -> !origin.isEmpty()).toList();
        return new ServerConfiguration(port, new StorageSettings(url, env.get("RONGHE_DB_USER"),
                env.get("RONGHE_DB_PASSWORD"), poolSize), bootstrap, new HttpApi.Settings(rateLimit, origins, failures,
                        Duration.ofSeconds(idle), Duration.ofSeconds(header), threads, language),
                "true".equalsIgnoreCase(String.valueOf(env.get("RONGHE_DEMO")).strip()), metrics(env),
                SignPlatforms.parse(env.get("RONGHE_SIGN_PLATFORMS")),
                Duration.ofSeconds(integer(env, "RONGHE_ESCALATION_SCAN_SECONDS", DEFAULT_ESCALATION_SCAN.toSeconds(), 0,
                        3_600)));
    }

    private static MetricsListener metrics(Map<String, String> env) {
        if (blank(env.get("RONGHE_METRICS_PORT"))) {
            return MetricsListener.OFF;
        }
        int port = (int) integer(env, "RONGHE_METRICS_PORT", -1, 1, 65535);
        String host = blank(env.get("RONGHE_METRICS_HOST")) ? "127.0.0.1" : env.get("RONGHE_METRICS_HOST").strip();
        return new MetricsListener(host, port);
    }

    private static Messages.Language language(String text) {
        if (blank(text)) {
            return Messages.Language.EN;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "en" -> Messages.Language.EN;
            case "zh", "zh-cn" -> Messages.Language.ZH;
            default -> throw new IllegalArgumentException("RONGHE_LANGUAGE must be en or zh, was '" + text + "'");
        };
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static long integer(Map<String, String> env, String name, long fallback, long min, long max) {
        String text = env.get(name);
        if (blank(text)) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max
                    + ", was '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return "ServerConfiguration[port=" + httpPort + ", " + storage + ", bootstrapToken="
                + (bootstrapToken == null ? "none" : "set") + ", " + http + ", demo=" + demo + ", metrics="
                + (metrics.on() ? metrics.host() + ":" + metrics.port() : "off") + "]";
    }
}
