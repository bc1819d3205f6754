package org.ronghe.adapter.persistence.jdbi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ronghe.application.storage.Storage;
import org.ronghe.application.storage.StorageSettings;

/** Fresh H2 file databases for tests, each in a directory of its own. */
final class H2Databases {

    private H2Databases() {
    }

    static Storage openFresh() {
        try {
            Path directory = Files.createTempDirectory("ronghe-h2-");
            return new JdbiStorageProvider().open(StorageSettings.of("jdbc:h2:file:" + directory.resolve("ronghe")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
