package org.ronghe.adapter.http.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.ronghe.adapter.http.HttpApi;
import org.ronghe.application.Ronghe;
import org.ronghe.application.storage.StorageProvider;
import org.ronghe.application.storage.StorageSettings;
import org.ronghe.server.RongheServer;

import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.Test;

/**
 * What keeps memory bounded however many clients connect (benchmarks/memory.sh measures the effect):
 * request threads at most as configured, and no header cache kept per connection.
 */
class ServerResourcesTest {

    @Test
    void request_threads_are_bounded_and_no_connection_keeps_a_header_cache() {
        try (var storage = StorageProvider.openFirstAccepting(StorageSettings.of("memory:"))) {
            var ronghe = Ronghe.on(storage);
            var app = HttpApi.create(HttpApi.Settings.defaults(), ronghe.access().queries(), ronghe.idempotency().execution(),
                    RongheServer.routeGroups(ronghe));
            app.start("127.0.0.1", 0);
            try {
                var server = app.jettyServer().server();
                var pool = (QueuedThreadPool) server.getThreadPool();
                var http = server.getConnectors()[0].getConnectionFactory(HttpConnectionFactory.class)
                        .getHttpConfiguration();

                assertThat(pool.getMaxThreads()).isEqualTo(HttpApi.Settings.DEFAULT_MAX_THREADS).isEqualTo(48);
                assertThat(http.getHeaderCacheSize()).isZero();
                assertThat(server.getConnectors()[0]).satisfies(c -> assertThat(
                        ((org.eclipse.jetty.server.AbstractConnector) c).getIdleTimeout()).isEqualTo(30_000));
            } finally {
                app.stop();
            }
        }
    }
}
