package org.ronghe.adapter.persistence.memory;

import org.ronghe.adapter.persistence.contract.GridPlansContract;
import org.ronghe.application.storage.Storage;

class MemoryGridPlansContractTest extends GridPlansContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorage();
    }
}
