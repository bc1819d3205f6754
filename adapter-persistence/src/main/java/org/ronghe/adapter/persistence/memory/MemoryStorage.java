package org.ronghe.adapter.persistence.memory;

import org.ronghe.application.organization.port.out.Organizations;
import org.ronghe.application.shared.port.out.Transactions;
import org.ronghe.application.storage.Storage;

/** Everything in one process's memory; gone when the process ends. */
public final class MemoryStorage implements Storage {

    private final MemoryTransactions transactions = new MemoryTransactions();
    private final MemoryOrganizations organizations = new MemoryOrganizations(transactions);

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
        // nothing to release
    }
}
