package org.ronghe.adapter.persistence.memory;

import org.ronghe.adapter.persistence.contract.MeetingsContract;
import org.ronghe.application.storage.Storage;

class MemoryMeetingsContractTest extends MeetingsContract {

    @Override
    protected Storage openEmptyStorage() {
        return new MemoryStorage();
    }
}
