package org.ronghe.adapter.persistence.memory;

import org.ronghe.adapter.persistence.contract.ApiTokensContract;
import org.ronghe.application.storage.Storage;

class MemoryApiTokensContractTest extends ApiTokensContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorage();
    }
}
