package org.ronghe.adapter.persistence.jdbi;

import java.util.ArrayList;
import java.util.List;

import org.ronghe.adapter.persistence.wiring.RepositoryStorage;
import org.ronghe.application.storage.StorageMeter;

import com.zaxxer.hikari.HikariDataSource;

/** A store in H2 or PostgreSQL through JDBI: the shared repository wiring, plus the pool it closes and probes. */
final class JdbiStorage extends RepositoryStorage<JdbiTransactions> {

    private final HikariDataSource dataSource;
    private final JdbiTransactions transactions;
    private final boolean shared;
    private final PoolMeters pool;

    JdbiStorage(HikariDataSource dataSource, JdbiTransactions transactions, boolean shared, PoolMeters pool) {
        super(transactions, new Makers<>(JdbiOrganizations::new, JdbiApiTokens::new, JdbiAuditTrail::new,
                JdbiIdempotencyRecords::new, JdbiAreas::new, JdbiCommittees::new, JdbiDomainProjects::new,
                JdbiMeetings::new, JdbiFollowUpTasks::new, JdbiActivities::new, JdbiTargetSystems::new, JdbiGridPlans::new,
                JdbiCityCases::new, JdbiCasePolicies::new, JdbiShortBoardProblems::new));
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.shared = shared;
        this.pool = pool;
    }

    @Override
    public List<StorageMeter> meters() {
        var meters = new ArrayList<>(pool.meters());
        meters.addAll(transactions.meters());
        return List.copyOf(meters);
    }

    @Override
    public boolean sharedAcrossProcesses() {
        return shared;
    }

    @Override
    public boolean reachable() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (java.sql.SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        transactions.close();
        dataSource.close();
    }
}
