package org.ronghe.server;

import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;

import org.ronghe.adapter.http.cases.SignPlatformRoutes;
import org.ronghe.adapter.http.cases.SignPlatforms;
import org.ronghe.adapter.http.HttpApi;
import org.ronghe.adapter.http.access.TokenRoutes;
import org.ronghe.adapter.http.activity.ActivityRoutes;
import org.ronghe.adapter.http.area.AreaRoutes;
import org.ronghe.adapter.http.audit.AuditRoutes;
import org.ronghe.adapter.http.committee.CommitteeRoutes;
import org.ronghe.adapter.http.committee.StructureRoutes;
import org.ronghe.adapter.http.dataset.ExportRoutes;
import org.ronghe.adapter.http.dataset.StructureDocuments;
import org.ronghe.adapter.http.docs.DocsRoutes;
import org.ronghe.adapter.http.meeting.MeetingRoutes;
import org.ronghe.adapter.http.organization.OrganizationRoutes;
import org.ronghe.adapter.http.project.ProjectRoutes;
import org.ronghe.adapter.http.support.HttpMetrics;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.adapter.http.targetsystem.TargetSystemRoutes;
import org.ronghe.adapter.http.task.TaskRoutes;
import org.ronghe.application.Ronghe;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.storage.StorageProvider;

import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Ronghe: {@code java -jar ronghe-server.jar}, configured by environment variables. */
public final class RongheServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RongheServer.class);

    private final Storage storage;
    private final Javalin http;
    /** Null where metrics are off. */
    private final MetricsEndpoint metrics;
    /** Null where the scan is off on this node. */
    private final EscalationScan escalationScan;

    private RongheServer(Storage storage, Javalin http, MetricsEndpoint metrics, EscalationScan escalationScan) {
        this.storage = storage;
        this.http = http;
        this.metrics = metrics;
        this.escalationScan = escalationScan;
    }

    /**
     * {@code java -jar ronghe-server.jar} serves; {@code java -jar ronghe-server.jar import FILE} imports a
     * structure document (the format of {@code GET /api/v1/export}) into the configured storage and exits.
     */
    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("import")) {
            System.exit(importFile(java.nio.file.Path.of(args[1])));
        }
        if (args.length == 1 && args[0].equals("issue-admin-token")) {
            // The secret alone goes to standard output, so that it can be piped; the log goes to standard error.
            PrintStream secretOut = System.out;
            System.setOut(System.err);
            System.exit(issueAdminToken(ServerConfiguration.fromEnvironment(System.getenv()), secretOut));
        }
        if (args.length == 1 && args[0].equals("train-class-data")) {
            System.exit(ClassDataTraining.run());
        }
        if (args.length > 0) {
            LOG.error("usage: java -jar ronghe-server.jar [import FILE | issue-admin-token | train-class-data]");
            System.exit(2);
        }
        RongheServer server;
        try {
            server = start(ServerConfiguration.fromEnvironment(System.getenv()));
        } catch (RuntimeException e) {
            LOG.error("cannot start: {}", e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "ronghe-shutdown"));
    }

    private static int importFile(java.nio.file.Path file) {
        var configuration = ServerConfiguration.fromEnvironment(System.getenv());
        try (Storage storage = StorageProvider.openFirstAccepting(configuration.storage());
                var in = java.nio.file.Files.newInputStream(file)) {
            var imported = DataSets.load(Ronghe.on(storage), DataSets.read(in), "import " + file.getFileName());
            LOG.info("imported {} organizations, {} areas, {} committees from {}", imported.organizations(),
                    imported.areas(), imported.committees(), file);
            return 0;
        } catch (java.io.IOException | RuntimeException e) {
            LOG.error("import failed, nothing was kept: {}", e.getMessage());
            return 1;
        }
    }

    /**
     * Recovery when nobody can administer the server any more (every ADMIN token revoked or lost): opens
     * the configured store (embedded H2 only while the server is stopped), issues a new ADMIN token,
     * prints its secret once on {@code out} and leaves one audit entry naming who ran it on which host.
     *
     * @return the process's exit code
     */
    static int issueAdminToken(ServerConfiguration configuration, PrintStream out) {
        String who = System.getProperty("user.name", "unknown") + "@" + hostName();
        who = who.length() > 70 ? who.substring(0, 70) : who; // a long host name is cut, not a failure
        try (Storage storage = StorageProvider.openFirstAccepting(configuration.storage())) {
            var issued = Ronghe.on(storage).access().commands().issueRecoveryAdminToken(who);
            LOG.info("issued the recovery ADMIN token {} ({}); its secret is printed once, below", issued.token().id(),
                    issued.token().label());
            out.println(issued.secret());
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            LOG.error("issue-admin-token failed, nothing was issued: {} (an embedded H2 store opens only while the "
                    + "server is stopped)", e.getMessage());
            return 1;
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown host";
        }
    }

    public static RongheServer start(ServerConfiguration configuration) {
        long started = System.nanoTime();
        HttpApi.warmUpInBackground();
        Storage storage = StorageProvider.openFirstAccepting(configuration.storage());
        long storageOpened = System.nanoTime();
        MetricsEndpoint metrics = null;
        try {
            Ronghe ronghe = Ronghe.on(storage);
            if (configuration.bootstrapToken() != null) {
                bootstrap(ronghe, configuration.bootstrapToken());
            }
            if (configuration.demo() && DataSets.isEmpty(ronghe)) {
                var imported = DataSets.load(ronghe, DataSets.jiading(), "demo data set");
                LOG.info("RONGHE_DEMO: loaded the Jiading New City data set ({} organizations, {} areas, {} committees)",
                        imported.organizations(), imported.areas(), imported.committees());
            }
            if (configuration.metrics().on()) {
                metrics = new MetricsEndpoint(storage.meters()).listen(configuration.metrics().host(),
                        configuration.metrics().port());
                LOG.info("metrics for Prometheus at http://{}:{}/metrics", configuration.metrics().host(),
                        metrics.port());
            }
            Javalin http = HttpApi.create(configuration.http(), ronghe.access().queries(), ronghe.idempotency().execution(),
                    routeGroups(ronghe, configuration.signPlatforms()),
                    metrics == null ? HttpMetrics.none() : metrics.http(),
                    new org.ronghe.adapter.http.console.Console(ronghe).routes());
            http.start(configuration.httpPort());
            var scan = configuration.escalationScan().isZero() ? null
                    : EscalationScan.every(configuration.escalationScan(), ronghe.cases().commands(),
                            java.time.InstantSource.system());
            long now = System.nanoTime();
            LOG.info("Ronghe serving on port {} with storage {} (started in {} ms, storage opened and migrated in {} ms)",
                    http.port(), configuration.storage().url(), (now - started) / 1_000_000,
                    (storageOpened - started) / 1_000_000);
            return new RongheServer(storage, http, metrics, scan);
        } catch (RuntimeException e) {
            if (metrics != null) {
                metrics.close();
            }
            storage.close();
            throw e;
        }
    }

    /** Makes the first ADMIN token; several nodes starting at once may race, and one of them wins. */
    private static void bootstrap(Ronghe ronghe, String secret) {
        try {
            if (ronghe.access().commands().bootstrap(secret)) {
                LOG.info("no API token existed: made the bootstrap ADMIN token from RONGHE_BOOTSTRAP_TOKEN");
            }
        } catch (org.ronghe.domain.shared.InvalidValueException e) {
            throw e;
        } catch (RuntimeException raced) {
            ronghe.access().queries().authenticate(secret); // another node made it: then it works here too
            LOG.info("the bootstrap ADMIN token was made by another node");
        }
    }

    /** Every route group of the API, no sign platform configured. */
    public static List<RouteGroup> routeGroups(Ronghe ronghe) {
        return routeGroups(ronghe, SignPlatforms.NONE);
    }

    /** Every route group of the API, in the order they are documented. */
    public static List<RouteGroup> routeGroups(Ronghe ronghe, SignPlatforms signPlatforms) {
        List<RouteGroup> api = List.of(
                new OrganizationRoutes(ronghe.organizations()),
                new AreaRoutes(ronghe.areas()),
                new CommitteeRoutes(ronghe.committees(), ronghe.organizations().queries()),
                new StructureRoutes(ronghe.committees()),
                new MeetingRoutes(ronghe.meetings(), ronghe.organizations().queries()),
                new TaskRoutes(ronghe.tasks(), ronghe.organizations().queries()),
                new ActivityRoutes(ronghe.activities()),
                new TargetSystemRoutes(ronghe.targetSystems()),
                new org.ronghe.adapter.http.grid.GridRoutes(ronghe.grids()),
                new org.ronghe.adapter.http.cases.CaseRoutes(ronghe.cases()),
                new SignPlatformRoutes(ronghe.cases(), signPlatforms, java.time.InstantSource.system()),
                new org.ronghe.adapter.http.open311.Open311Routes(ronghe.cases(), ronghe.access().queries()),
                new ProjectRoutes(ronghe.projects(), ronghe.organizations().queries()),
                new ExportRoutes(new StructureDocuments(ronghe)),
                new TokenRoutes(ronghe.access()),
                new AuditRoutes(ronghe.audit()));
        var groups = new java.util.ArrayList<RouteGroup>();
        groups.add(new DocsRoutes(ronghe::storageReachable, api));
        groups.addAll(api);
        return List.copyOf(groups);
    }

    public int port() {
        return http.port();
    }

    /** The management port's, where metrics are on. */
    public OptionalInt metricsPort() {
        return metrics == null ? OptionalInt.empty() : OptionalInt.of(metrics.port());
    }

    @Override
    public void close() {
        if (escalationScan != null) {
            escalationScan.close();
        }
        http.stop();
        if (metrics != null) {
            metrics.close();
        }
        storage.close();
    }
}
