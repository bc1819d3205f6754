package org.ronghe.application.storage;

import java.util.List;
import java.util.ServiceLoader;

/**
 * A kind of storage that can be opened from a URL. Adapters register implementations in
 * {@code META-INF/services/org.ronghe.application.storage.StorageProvider}; a server then picks one
 * at run time without compiling against any adapter.
 */
public interface StorageProvider {

    /** A short name for logs, e.g. {@code jdbi} or {@code memory}. */
    String name();

    /** Whether this provider opens URLs like the given one. */
    boolean accepts(String url);

    Storage open(StorageSettings settings);

    /** Opens the storage of the first provider on the class path that accepts the URL. */
    static Storage openFirstAccepting(StorageSettings settings) {
        List<StorageProvider> providers = ServiceLoader.load(StorageProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        return providers.stream().filter(p -> p.accepts(settings.url())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no storage provider accepts " + settings.url()
                        + "; providers on the class path: " + providers.stream().map(StorageProvider::name).toList()))
                .open(settings);
    }
}
