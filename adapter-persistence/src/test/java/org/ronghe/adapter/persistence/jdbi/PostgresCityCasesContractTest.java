package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.CityCasesContract;
import org.ronghe.application.storage.Storage;

class PostgresCityCasesContractTest extends CityCasesContract {

    @Override
    protected Storage openEmptyStorage() {
        return PostgresDatabases.openFresh();
    }
}
