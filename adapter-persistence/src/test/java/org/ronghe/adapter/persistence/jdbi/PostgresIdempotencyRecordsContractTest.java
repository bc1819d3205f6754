package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.IdempotencyRecordsContract;
import org.ronghe.application.storage.Storage;

class PostgresIdempotencyRecordsContractTest extends IdempotencyRecordsContract {

    @Override
    protected Storage openEmptyStorage() {
        return PostgresDatabases.openFresh();
    }
}
