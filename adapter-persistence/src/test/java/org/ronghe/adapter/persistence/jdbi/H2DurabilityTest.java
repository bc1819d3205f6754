package org.ronghe.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ronghe.adapter.persistence.jdbi.H2Durability.Commits;
import org.ronghe.adapter.persistence.jdbi.H2Durability.Plan;

class H2DurabilityTest {

    @Test
    void an_embedded_h2_file_commits_in_groups_with_its_url_unchanged() {
        assertThat(H2Durability.plan("jdbc:h2:file:./data/ronghe"))
                .isEqualTo(new Plan("jdbc:h2:file:./data/ronghe", Commits.IN_GROUPS));
        assertThat(H2Durability.plan("jdbc:h2:./data/ronghe;MODE=PostgreSQL"))
                .isEqualTo(new Plan("jdbc:h2:./data/ronghe;MODE=PostgreSQL", Commits.IN_GROUPS));
    }

    @Test
    void other_h2_urls_write_their_store_on_every_commit() {
        assertThat(H2Durability.plan("jdbc:h2:tcp://db/ronghe"))
                .isEqualTo(new Plan("jdbc:h2:tcp://db/ronghe;WRITE_DELAY=0", Commits.ONE_AT_A_TIME));
        assertThat(H2Durability.plan("jdbc:h2:file:./x;AUTO_SERVER=TRUE"))
                .isEqualTo(new Plan("jdbc:h2:file:./x;AUTO_SERVER=TRUE;WRITE_DELAY=0", Commits.ONE_AT_A_TIME));
        assertThat(H2Durability.plan("jdbc:h2:mem:test").commits()).isEqualTo(Commits.ONE_AT_A_TIME);
    }

    @Test
    void a_url_that_chooses_its_write_delay_is_taken_as_it_is() {
        assertThat(H2Durability.plan("jdbc:h2:file:./x;write_delay=100"))
                .isEqualTo(new Plan("jdbc:h2:file:./x;write_delay=100", Commits.ONE_AT_A_TIME));
    }

    @Test
    void postgresql_commits_concurrently() {
        assertThat(H2Durability.plan("jdbc:postgresql://localhost/ronghe"))
                .isEqualTo(new Plan("jdbc:postgresql://localhost/ronghe", Commits.CONCURRENT));
    }
}
