package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.ActivitiesContract;
import org.ronghe.application.storage.Storage;

class H2ActivitiesContractTest extends ActivitiesContract {

    @Override
    protected Storage openEmptyStorage() {
        return H2Databases.openFresh();
    }
}
