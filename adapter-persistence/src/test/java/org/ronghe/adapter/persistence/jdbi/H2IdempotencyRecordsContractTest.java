package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.IdempotencyRecordsContract;
import org.ronghe.application.storage.Storage;

class H2IdempotencyRecordsContractTest extends IdempotencyRecordsContract {

    @Override
    protected Storage openEmptyStorage() {
        return H2Databases.openFresh();
    }
}
