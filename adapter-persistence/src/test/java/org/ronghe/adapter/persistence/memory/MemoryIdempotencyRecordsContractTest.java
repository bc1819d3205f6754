package org.ronghe.adapter.persistence.memory;

import org.ronghe.adapter.persistence.contract.IdempotencyRecordsContract;
import org.ronghe.application.storage.Storage;

class MemoryIdempotencyRecordsContractTest extends IdempotencyRecordsContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorage();
    }
}
