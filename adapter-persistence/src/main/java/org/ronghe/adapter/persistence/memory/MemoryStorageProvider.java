package org.ronghe.adapter.persistence.memory;

import org.ronghe.application.storage.Storage;
import org.ronghe.application.storage.StorageProvider;
import org.ronghe.application.storage.StorageSettings;

/** Opens a fresh, empty in-memory store for URLs that start with {@code memory:}. */
public final class MemoryStorageProvider implements StorageProvider {

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public boolean accepts(String url) {
        return url.startsWith("memory:");
    }

    @Override
    public Storage open(StorageSettings settings) {
        return new MemoryStorage();
    }
}
