package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.TargetSystemsContract;
import org.ronghe.application.storage.Storage;

class PostgresTargetSystemsContractTest extends TargetSystemsContract {

    @Override
    protected Storage openEmptyStorage() {
        return PostgresDatabases.openFresh();
    }
}
