package org.ronghe.adapter.persistence.jdbi;

import java.time.Duration;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.ronghe.application.storage.Storage;
import org.ronghe.application.storage.StorageProvider;
import org.ronghe.application.storage.StorageSettings;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Opens H2 ({@code jdbc:h2:...}) and PostgreSQL ({@code jdbc:postgresql:...}) databases through a
 * HikariCP pool, and brings the schema up to date with Flyway before anything else touches it.
 */
public final class JdbiStorageProvider implements StorageProvider {

    @Override
    public String name() {
        return "jdbi";
    }

    /** How long after it opens an embedded H2 file's own housekeeping waits: a start's length and more. */
    static final Duration H2_HOUSEKEEPING_HELD_BACK = Duration.ofSeconds(5);

    @Override
    public boolean accepts(String url) {
        return url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:");
    }

    @Override
    public Storage open(StorageSettings settings) {
        HikariConfig config = new HikariConfig();
        H2Durability.Plan plan = H2Durability.plan(H2QueryCache.sized(settings.url()));
        config.setJdbcUrl(plan.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        // Two connections open at start, more as requests need them (up to the maximum): on PostgreSQL each
        // connection's SCRAM authentication is CPU the start-up shares with the first request (about 0.2 s
        // sooner with two than with eight, docs/adr/0011)
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setPoolName("ronghe");
        // A request waits at most this long for a connection: then 503 with Retry-After, not a hung
        // client (HikariCP waits 30 s by default, while the database restarts, say).
        config.setConnectionTimeout(5_000);
        config.setAutoCommit(true);
        // set once per connection: asked per transaction, the PostgreSQL driver pays a query each time
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        PoolMeters pool = new PoolMeters();
        config.setMetricsTrackerFactory(pool);
        // an embedded file is opened by the group commit's connection, before the pool: see H2GroupCommit.open
        H2GroupCommit groupCommit = plan.commits() == H2Durability.Commits.IN_GROUPS
                ? H2GroupCommit.open(plan.url(), settings.user(), settings.password(), H2_HOUSEKEEPING_HELD_BACK)
                : null;
        HikariDataSource dataSource = null;
        try {
            dataSource = new HikariDataSource(config);
            if (migrate(dataSource) && groupCommit != null) {
                groupCommit.endHousekeepingHold(); // a new or upgraded store: its writes, not its compaction, come first
            }
            Jdbi jdbi = Jdbi.create(dataSource);
            JdbiTransactions transactions = switch (plan.commits()) {
                case CONCURRENT -> JdbiTransactions.concurrent(jdbi);
                case ONE_AT_A_TIME -> JdbiTransactions.oneAtATime(jdbi);
                case IN_GROUPS -> JdbiTransactions.groupCommitted(jdbi, groupCommit);
            };
            return new JdbiStorage(dataSource, transactions, isShared(settings.url()), pool);
        } catch (RuntimeException e) {
            if (dataSource != null) {
                dataSource.close();
            }
            if (groupCommit != null) {
                groupCommit.close();
            }
            throw e;
        }
    }

    /** The migrations written in Java (the rest are SQL files): every one, for the start and for the tests. */
    static org.flywaydb.core.api.migration.JavaMigration[] javaMigrations() {
        return new org.flywaydb.core.api.migration.JavaMigration[] { new V10__Name_keys_without_invisible_characters(),
                new V13__Audit_changes_in_the_entry(), new V22__Search_keys_and_parties(), new V23__Case_search_keys() };
    }

    /** @return whether the schema was brought up to date here (false: it already was) */
    static boolean migrate(DataSource dataSource) {
        if (SchemaVersion.isCurrent(dataSource)) {
            return false;
        }
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(javaMigrations())
                .load().migrate();
        return true;
    }

    /** PostgreSQL, or an H2 database served to several processes (TCP, SSL, AUTO_SERVER). */
    static boolean isShared(String url) {
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        return !upper.startsWith("JDBC:H2:") || upper.contains("TCP://") || upper.contains("SSL://")
                || upper.contains("AUTO_SERVER=TRUE");
    }
}
