package org.ronghe.application.storage;

import java.util.Objects;

/** Where and how to reach storage. {@code url} picks the provider (e.g. {@code jdbc:h2:file:...}, {@code memory:}). */
public record StorageSettings(String url, String user, String password, int poolSize) {

    public StorageSettings {
        Objects.requireNonNull(url, "url");
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1");
        }
    }

    public static StorageSettings of(String url) {
        return new StorageSettings(url, null, null, 8);
    }

    @Override
    public String toString() {
        // never print the password
        return "StorageSettings[url=" + url + ", user=" + user + ", poolSize=" + poolSize + "]";
    }
}
