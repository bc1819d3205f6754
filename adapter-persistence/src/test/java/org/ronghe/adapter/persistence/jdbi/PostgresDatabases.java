package org.ronghe.adapter.persistence.jdbi;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.application.audit.port.out.AuditTrail;
import org.ronghe.application.idempotency.port.out.IdempotencyRecords;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.storage.StorageSettings;

/**
 * Fresh PostgreSQL databases for tests: a schema of its own for each, dropped on close. The
 * server comes from {@code RONGHE_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD} (set by
 * {@code scripts/test.sh}); without them the PostgreSQL suites fail, they never skip.
 */
public final class PostgresDatabases {

    private PostgresDatabases() {
    }

    public record Server(String url, String user, String password) {
    }

    public static Server server() {
        String url = System.getenv("RONGHE_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("the PostgreSQL suites need a server: run them with scripts/test.sh, "
                    + "or set RONGHE_TEST_PG_URL, RONGHE_TEST_PG_USER and RONGHE_TEST_PG_PASSWORD");
        }
        return new Server(url, System.getenv("RONGHE_TEST_PG_USER"), System.getenv("RONGHE_TEST_PG_PASSWORD"));
    }

    /** A new, empty schema; its JDBC URL selects it. */
    public static String freshSchemaUrl() {
        Server server = server();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        execute(server, "CREATE SCHEMA " + schema);
        return server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static Storage openFresh() {
        Server server = server();
        String url = freshSchemaUrl();
        String schema = url.substring(url.indexOf("currentSchema=") + "currentSchema=".length());
        Storage storage = new JdbiStorageProvider().open(new StorageSettings(url, server.user(), server.password(), 4));
        return new Storage() {
            @Override
            public Transactions transactions() {
                return storage.transactions();
            }

            @Override
            public Organizations organizations() {
                return storage.organizations();
            }

            @Override
            public ApiTokens apiTokens() {
                return storage.apiTokens();
            }

            @Override
            public AuditTrail auditTrail() {
                return storage.auditTrail();
            }

            @Override
            public IdempotencyRecords idempotencyRecords() {
                return storage.idempotencyRecords();
            }

            @Override
            public org.ronghe.application.area.port.out.Areas areas() {
                return storage.areas();
            }

            @Override
            public org.ronghe.application.committee.port.out.Committees committees() {
                return storage.committees();
            }

            @Override
            public org.ronghe.application.project.port.out.DomainProjects domainProjects() {
                return storage.domainProjects();
            }

            @Override
            public org.ronghe.application.meeting.port.out.Meetings meetings() {
                return storage.meetings();
            }

            @Override
            public org.ronghe.application.task.port.out.FollowUpTasks followUpTasks() {
                return storage.followUpTasks();
            }

            @Override
            public org.ronghe.application.activity.port.out.Activities activities() {
                return storage.activities();
            }

            @Override
            public org.ronghe.application.targetsystem.port.out.TargetSystems targetSystems() {
                return storage.targetSystems();
            }

            @Override
            public org.ronghe.application.grid.port.out.GridPlans gridPlans() {
                return storage.gridPlans();
            }

            @Override
            public org.ronghe.application.cases.port.out.CityCases cityCases() {
                return storage.cityCases();
            }

            @Override
            public org.ronghe.application.cases.port.out.CasePolicies casePolicies() {
                return storage.casePolicies();
            }

            @Override
            public org.ronghe.application.cases.port.out.ShortBoardProblems shortBoardProblems() {
                return storage.shortBoardProblems();
            }

            @Override
            public boolean sharedAcrossProcesses() {
                return storage.sharedAcrossProcesses();
            }

            @Override
            public void close() {
                storage.close();
                execute(server, "DROP SCHEMA " + schema + " CASCADE");
            }
        };
    }

    private static void execute(Server server, String sql) {
        try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server.url() + " refused: " + sql, e);
        }
    }
}
