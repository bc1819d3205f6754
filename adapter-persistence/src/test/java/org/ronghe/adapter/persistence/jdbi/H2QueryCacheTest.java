package org.ronghe.adapter.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2QueryCacheTest {

    @Test
    void an_h2_session_keeps_more_parsed_statements_than_any_use_case_runs() {
        assertThat(H2QueryCache.sized("jdbc:h2:file:./data/ronghe"))
                .isEqualTo("jdbc:h2:file:./data/ronghe;QUERY_CACHE_SIZE=64");
        assertThat(H2QueryCache.sized("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"))
                .isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64");
    }

    @Test
    void a_url_that_sizes_the_cache_itself_and_other_databases_are_left_as_they_are() {
        assertThat(H2QueryCache.sized("jdbc:h2:file:./x;query_cache_size=4"))
                .isEqualTo("jdbc:h2:file:./x;query_cache_size=4");
        assertThat(H2QueryCache.sized("jdbc:postgresql://localhost/ronghe"))
                .isEqualTo("jdbc:postgresql://localhost/ronghe");
    }
}
