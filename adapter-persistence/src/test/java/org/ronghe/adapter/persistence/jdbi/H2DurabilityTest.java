package org.ronghe.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2DurabilityTest {

    @Test
    void every_h2_url_gets_write_delay_zero_unless_it_chooses() {
        assertThat(H2Durability.apply("jdbc:h2:file:./data/ronghe")).isEqualTo("jdbc:h2:file:./data/ronghe;WRITE_DELAY=0");
        assertThat(H2Durability.apply("jdbc:h2:file:./x;write_delay=100")).isEqualTo("jdbc:h2:file:./x;write_delay=100");
        assertThat(H2Durability.apply("jdbc:postgresql://localhost/ronghe")).isEqualTo("jdbc:postgresql://localhost/ronghe");
    }
}
