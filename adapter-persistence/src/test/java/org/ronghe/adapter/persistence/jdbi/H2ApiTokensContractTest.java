package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.ApiTokensContract;
import org.ronghe.application.storage.Storage;

class H2ApiTokensContractTest extends ApiTokensContract {

    @Override
    protected Storage openEmptyStorage() {
        return H2Databases.openFresh();
    }
}
