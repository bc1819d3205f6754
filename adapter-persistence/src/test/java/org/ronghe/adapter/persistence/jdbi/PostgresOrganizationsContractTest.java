package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.OrganizationsContract;
import org.ronghe.application.storage.Storage;

class PostgresOrganizationsContractTest extends OrganizationsContract {

    @Override
    protected Storage openEmptyStorage() {
        return PostgresDatabases.openFresh();
    }
}
