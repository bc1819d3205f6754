package org.ronghe.adapter.persistence.memory;

import org.ronghe.adapter.persistence.contract.ActivitiesContract;
import org.ronghe.application.storage.Storage;

class MemoryActivitiesContractTest extends ActivitiesContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorage();
    }
}
