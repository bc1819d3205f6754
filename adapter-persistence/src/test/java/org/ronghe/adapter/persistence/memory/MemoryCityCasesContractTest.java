package org.ronghe.adapter.persistence.memory;

import org.ronghe.adapter.persistence.contract.CityCasesContract;
import org.ronghe.application.storage.Storage;

class MemoryCityCasesContractTest extends CityCasesContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorage();
    }
}
