package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.GridPlansContract;
import org.ronghe.application.storage.Storage;

class H2GridPlansContractTest extends GridPlansContract {

    @Override
    protected Storage openEmptyStorage() {
        return H2Databases.openFresh();
    }
}
