package org.ronghe.adapter.persistence.memory;

import org.ronghe.adapter.persistence.contract.CommitteesContract;
import org.ronghe.application.storage.Storage;

class MemoryCommitteesContractTest extends CommitteesContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorage();
    }
}
