package org.ronghe.adapter.persistence.jdbi;

import org.jdbi.v3.core.Jdbi;
import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.application.storage.Storage;

import com.zaxxer.hikari.HikariDataSource;

final class JdbiStorage implements Storage {

    private final HikariDataSource dataSource;
    private final JdbiTransactions transactions;
    private final JdbiOrganizations organizations;

    JdbiStorage(HikariDataSource dataSource, Jdbi jdbi) {
        this.dataSource = dataSource;
        this.transactions = new JdbiTransactions(jdbi);
        this.organizations = new JdbiOrganizations(transactions);
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public Organizations organizations() {
        return organizations;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
