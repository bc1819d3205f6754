package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.ApiTokensContract;
import org.ronghe.application.storage.Storage;

class PostgresApiTokensContractTest extends ApiTokensContract {

    @Override
    protected Storage openEmptyStorage() {
        return PostgresDatabases.openFresh();
    }
}
