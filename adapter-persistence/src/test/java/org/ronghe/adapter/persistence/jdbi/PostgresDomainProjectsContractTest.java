package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.DomainProjectsContract;
import org.ronghe.application.storage.Storage;

class PostgresDomainProjectsContractTest extends DomainProjectsContract {

    @Override
    protected Storage openEmptyStorage() {
        return PostgresDatabases.openFresh();
    }
}
