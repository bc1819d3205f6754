package org.ronghe.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.DoubleSupplier;

import org.ronghe.adapter.http.support.HttpMetrics;
import org.ronghe.application.storage.StorageMeter;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The server's metrics in Prometheus's text format at {@code GET /metrics}, on a management port of its
 * own (README, "Metrics"): requests per route template, the store's pool and commits, the JVM's memory,
 * threads and collections. Apart from the API, so that a scraper needs no token and the API's limits
 * and log never see it; it listens on the loopback address unless told otherwise.
 */
final class MetricsEndpoint implements AutoCloseable {

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics collections;
    /**
     * Held here: a gauge or function counter keeps only a weak reference to what it reads, and the store's
     * suppliers have no other holder (a collection would leave the series at NaN or at its last value).
     */
    private final List<StorageMeter> storageMeters;
    private HttpServer server;

    MetricsEndpoint(List<StorageMeter> storageMeters) {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        collections = new JvmGcMetrics();
        collections.bindTo(registry);
        this.storageMeters = List.copyOf(storageMeters);
        for (StorageMeter meter : this.storageMeters) {
            switch (meter.kind()) {
                case GAUGE -> Gauge.builder(meter.name(), meter.value(), DoubleSupplier::getAsDouble)
                        .description(meter.description()).baseUnit(unit(meter)).register(registry);
                case COUNTER -> FunctionCounter.builder(meter.name(), meter.value(), DoubleSupplier::getAsDouble)
                        .description(meter.description()).baseUnit(unit(meter)).register(registry);
            }
        }
    }

    private static String unit(StorageMeter meter) {
        return meter.unit().isEmpty() ? null : meter.unit();
    }

    /** What the API records its requests in. */
    HttpMetrics http() {
        return HttpMetrics.on(registry);
    }

    /** The current figures, as a scrape would read them. */
    String scrape() {
        return registry.scrape();
    }

    /** Listens on host:port (port 0: any free one); one thread answers, a scrape at a time. */
    MetricsEndpoint listen(String host, int port) {
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen for metrics on " + host + ":" + port + ": " + e.getMessage(),
                    e);
        }
        server.createContext("/metrics", this::answer);
        server.setExecutor(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ronghe-metrics");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return this;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET") || !exchange.getRequestURI().getPath().equals("/metrics")) {
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                byte[] body = "GET /metrics only\n".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(exchange.getRequestMethod().equals("GET") ? 404 : 405, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            byte[] body = scrape().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        collections.close();
        registry.close();
    }
}
