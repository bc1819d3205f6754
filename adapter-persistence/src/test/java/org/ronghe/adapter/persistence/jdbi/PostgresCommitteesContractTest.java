package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.CommitteesContract;
import org.ronghe.application.storage.Storage;

class PostgresCommitteesContractTest extends CommitteesContract {

    @Override
    protected Storage openEmptyStorage() {
        return PostgresDatabases.openFresh();
    }
}
