package org.ronghe.adapter.persistence.memory;

import org.ronghe.adapter.persistence.contract.DomainProjectsContract;
import org.ronghe.application.storage.Storage;

class MemoryDomainProjectsContractTest extends DomainProjectsContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorage();
    }
}
