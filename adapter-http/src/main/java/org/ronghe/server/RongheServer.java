package org.ronghe.server;

import java.util.List;

import org.ronghe.adapter.http.HttpApi;
import org.ronghe.adapter.http.organization.OrganizationRoutes;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.Ronghe;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.storage.StorageProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;

/** Starts Ronghe: {@code java -jar ronghe-server.jar}, configured by environment variables. */
public final class RongheServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RongheServer.class);

    private final Storage storage;
    private final Javalin http;

    private RongheServer(Storage storage, Javalin http) {
        this.storage = storage;
        this.http = http;
    }

    public static void main(String[] args) {
        ServerConfiguration configuration;
        try {
            configuration = ServerConfiguration.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            LOG.error("cannot start: {}", e.getMessage());
            System.exit(2);
            return;
        }
        RongheServer server = start(configuration);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ronghe-shutdown"));
    }

    public static RongheServer start(ServerConfiguration configuration) {
        long started = System.nanoTime();
        Storage storage = StorageProvider.openFirstAccepting(configuration.storage());
        try {
            Javalin http = HttpApi.create(routeGroups(Ronghe.on(storage)));
            http.start(configuration.httpPort());
            LOG.info("Ronghe serving on port {} with storage {} (started in {} ms)", http.port(),
                    configuration.storage().url(), (System.nanoTime() - started) / 1_000_000);
            return new RongheServer(storage, http);
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    static List<RouteGroup> routeGroups(Ronghe ronghe) {
        return List.of(new OrganizationRoutes(ronghe.registerOrganization(), ronghe.renameOrganization(),
                ronghe.moveOrganization(), ronghe.retireOrganization(), ronghe.organizationQueries()));
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        http.stop();
        storage.close();
    }
}
