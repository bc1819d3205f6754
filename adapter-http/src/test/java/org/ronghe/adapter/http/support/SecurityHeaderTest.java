package org.ronghe.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ronghe.domain.access.AuthenticationFailedException;

class SecurityHeaderTest {

    @Test
    void a_bearer_header_gives_its_secret_whatever_the_case_of_the_scheme_and_the_spaces() {
        assertThat(Security.bearerSecret("Bearer rh_abc")).isEqualTo("rh_abc");
        assertThat(Security.bearerSecret("  bearer \t rh_abc  ")).isEqualTo("rh_abc");
        assertThat(Security.bearerSecret("BEARER rh_a b")).isEqualTo("rh_a b");
    }

    @Test
    void anything_else_is_refused() {
        for (String header : new String[] {"Basic dXNlcjpwYXNz", "Bearer", "Bearer   ", "Bearerrh_abc", "Bearers x",
                "Beare x", "", " "}) {
            assertThatThrownBy(() -> Security.bearerSecret(header)).as(header)
                    .isInstanceOf(AuthenticationFailedException.class);
        }
        assertThatThrownBy(() -> Security.bearerSecret(null)).isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void request_ids_made_here_are_version_4_uuids_and_differ() {
        String first = RequestIds.newId();
        String second = RequestIds.newId();

        assertThat(UUID.fromString(first).version()).isEqualTo(4);
        assertThat(UUID.fromString(first).variant()).isEqualTo(2);
        assertThat(first).isNotEqualTo(second);
    }
}
