package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.CityCasesContract;
import org.ronghe.application.storage.Storage;

class H2CityCasesContractTest extends CityCasesContract {

    @Override
    protected Storage openEmptyStorage() {
        return H2Databases.openFresh();
    }
}
