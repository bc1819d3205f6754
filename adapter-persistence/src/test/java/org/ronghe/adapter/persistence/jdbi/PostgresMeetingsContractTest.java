package org.ronghe.adapter.persistence.jdbi;

import org.ronghe.adapter.persistence.contract.MeetingsContract;
import org.ronghe.application.storage.Storage;

class PostgresMeetingsContractTest extends MeetingsContract {

    @Override
    protected Storage openEmptyStorage() {
        return PostgresDatabases.openFresh();
    }
}
