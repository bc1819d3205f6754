package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.AuditTrailContract;
import org.ronghe.application.storage.Storage;

class PostgresAuditTrailContractTest extends AuditTrailContract {

    @Override
    protected Storage openEmptyStorage() {
        return PostgresDatabases.openFresh();
    }
}
