package org.ronghe.adapter.persistence.contract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.ronghe.application.storage.Storage;

/**
 * Base of the adapter contract kit: each test gets a fresh, empty storage from the adapter under
 * test. To check an adapter of your own, extend the {@code *Contract} classes and open your storage.
 */
public abstract class StorageContract {

    protected Storage storage;

    /** A new, empty storage of the adapter under test. */
    protected abstract Storage openEmptyStorage();

    @BeforeEach
    void openStorage() {
        storage = openEmptyStorage();
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }
}
