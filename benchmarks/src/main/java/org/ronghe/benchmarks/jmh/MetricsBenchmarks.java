package org.ronghe.benchmarks.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.ronghe.adapter.http.support.HttpMetrics;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * What the metrics add to each request: finding the request's series among a realistic number (every
 * route with a few statuses) and recording its latency in the histogram, from two threads at once as the
 * server's request threads do. {@code java -jar ronghe-benchmarks.jar Metrics}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(2)
public class MetricsBenchmarks {

    private HttpMetrics metrics;

    @Setup
    public void registry() {
        metrics = HttpMetrics.on(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        for (int route = 0; route < 80; route++) {
            for (int status : new int[] {200, 201, 400, 404, 412}) {
                metrics.record("GET", "/api/v1/route-" + route + "/{id}", status, 1_000_000);
            }
        }
    }

    @Benchmark
    public void recordOneRequest() {
        metrics.record("GET", "/api/v1/committees/{id}", 200, 1_750_000);
    }
}
