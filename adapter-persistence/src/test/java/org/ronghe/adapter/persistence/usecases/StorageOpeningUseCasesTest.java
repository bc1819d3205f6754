package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ronghe.adapter.persistence.memory.MemoryStorage;
import org.ronghe.application.Ronghe;
import org.ronghe.application.storage.StorageProvider;
import org.ronghe.application.storage.StorageSettings;

/** How a server finds and opens its storage from a URL, with the providers on the class path. */
class StorageOpeningUseCasesTest {

    @Test
    void a_memory_url_opens_a_fresh_store_private_to_this_process_and_always_reachable() {
        try (var storage = StorageProvider.openFirstAccepting(StorageSettings.of("memory:"))) {
            assertThat(storage).isInstanceOf(MemoryStorage.class);
            assertThat(storage.sharedAcrossProcesses()).as("nothing outside this process writes to it").isFalse();
            assertThat(storage.reachable()).isTrue();
            assertThat(Ronghe.on(storage).storageReachable()).isTrue();
        }
    }

    @Test
    void a_url_no_provider_accepts_is_refused_naming_the_providers_on_the_class_path() {
        assertThatThrownBy(() -> StorageProvider.openFirstAccepting(StorageSettings.of("ftp://archive/ronghe")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no storage provider accepts ftp://archive/ronghe")
                .hasMessageContaining("memory").hasMessageContaining("jdbi");
    }

    @Test
    void settings_need_a_url_and_a_pool_of_at_least_one_connection() {
        assertThat(new StorageSettings("memory:", null, null, 1).poolSize()).isEqualTo(1);
        assertThat(StorageSettings.of("memory:").poolSize()).isEqualTo(8);
        assertThatThrownBy(() -> new StorageSettings("memory:", null, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("poolSize");
        assertThatThrownBy(() -> new StorageSettings(null, null, null, 8)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void settings_print_where_and_as_whom_but_never_the_password() {
        var settings = new StorageSettings("jdbc:postgresql://db/ronghe", "ronghe", "s3cret-password", 4);

        assertThat(settings).hasToString("StorageSettings[url=jdbc:postgresql://db/ronghe, user=ronghe, poolSize=4]");
        assertThat(settings.password()).isEqualTo("s3cret-password");
    }
}
