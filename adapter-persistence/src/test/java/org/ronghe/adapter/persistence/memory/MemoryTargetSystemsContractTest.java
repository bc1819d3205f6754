package org.ronghe.adapter.persistence.memory;

import org.ronghe.adapter.persistence.contract.TargetSystemsContract;
import org.ronghe.application.storage.Storage;

class MemoryTargetSystemsContractTest extends TargetSystemsContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorage();
    }
}
