package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.TargetSystemsContract;
import org.ronghe.application.storage.Storage;

class H2TargetSystemsContractTest extends TargetSystemsContract {

    @Override
    protected Storage openEmptyStorage() {
        return H2Databases.openFresh();
    }
}
