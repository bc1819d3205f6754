package org.ronghe.adapter.persistence.memory;

import org.ronghe.adapter.persistence.contract.OrganizationsContract;
import org.ronghe.application.storage.Storage;

class MemoryOrganizationsContractTest extends OrganizationsContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorage();
    }
}
