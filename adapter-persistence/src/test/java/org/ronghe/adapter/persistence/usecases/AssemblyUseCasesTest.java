package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.ronghe.adapter.persistence.memory.MemoryStorage;
import org.ronghe.application.Ronghe;

import org.junit.jupiter.api.Test;

/**
 * What a team embedding Ronghe meets first: the application assembled on a store offers every context,
 * each with its commands and its queries, before anything has been written.
 */
class AssemblyUseCasesTest {

    @Test
    void an_application_assembled_on_a_store_offers_every_context_with_its_commands_and_queries() {
        try (var storage = new MemoryStorage()) {
            var ronghe = Ronghe.on(storage);

            List<Object> entries = Arrays.asList(
                    ronghe.organizations().commands(), ronghe.organizations().queries(),
                    ronghe.access().commands(), ronghe.access().queries(),
                    ronghe.areas().commands(), ronghe.areas().queries(),
                    ronghe.committees().commands(), ronghe.committees().queries(),
                    ronghe.projects().commands(), ronghe.projects().queries(),
                    ronghe.meetings().commands(), ronghe.meetings().queries(),
                    ronghe.tasks().commands(), ronghe.tasks().queries(),
                    ronghe.activities().commands(), ronghe.activities().queries(),
                    ronghe.targetSystems().commands(), ronghe.targetSystems().queries(),
                    ronghe.grids().commands(), ronghe.grids().queries(),
                    ronghe.audit().queries(), ronghe.idempotency().execution());

            assertThat(entries).doesNotContainNull();
            assertThat(ronghe.storageReachable()).isTrue();
        }
    }
}
