package org.ronghe.adapter.persistence.memory;

import org.ronghe.adapter.persistence.contract.AuditTrailContract;
import org.ronghe.application.storage.Storage;

class MemoryAuditTrailContractTest extends AuditTrailContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorage();
    }
}
