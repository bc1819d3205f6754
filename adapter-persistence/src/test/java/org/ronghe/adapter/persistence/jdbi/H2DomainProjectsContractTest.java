package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.DomainProjectsContract;
import org.ronghe.application.storage.Storage;

class H2DomainProjectsContractTest extends DomainProjectsContract {

    @Override
    protected Storage openEmptyStorage() {
        return H2Databases.openFresh();
    }
}
