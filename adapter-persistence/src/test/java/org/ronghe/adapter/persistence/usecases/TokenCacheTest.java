package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.ronghe.application.access.port.in.AccessChange;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.access.service.AuthenticationService;
import org.ronghe.application.access.service.TokenCache;
import org.ronghe.domain.access.AuthenticationFailedException;
import org.ronghe.domain.access.Role;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes over one store: the node that revokes a token refuses it on the very next request; the
 * other keeps trusting its cached authentication for at most the cache's time to live (docs/adr/0008).
 */
class TokenCacheTest {

    private final OnMemory memory = new OnMemory();

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void a_revocation_is_immediate_where_it_is_made_and_reaches_another_node_within_the_time_to_live() {
        var ronghe = memory.ronghe;
        var district = memory.register("DISTRICT_PARTY_COMMITTEE", "区委", null);
        var issued = ronghe.access().commands().issue(OnMemory.ADMIN, new IssueTokenCommand(district.id(), Role.OPERATOR, null));
        var clock = new AtomicLong();
        var otherNode = new AuthenticationService(memory.storage().apiTokens(),
                new TokenCache(Duration.ofSeconds(1), clock::get), org.ronghe.application.shared.port.out.Clock.fixed(
                        java.time.Instant.parse("2023-04-04T02:00:00Z")));
        assertThat(ronghe.access().queries().authenticate(issued.secret()).actor().organization()).isEqualTo(district.id());
        assertThat(otherNode.authenticate(issued.secret()).token()).isEqualTo(issued.token().id());

        ronghe.access().commands().change(OnMemory.ADMIN, new AccessChange.Revoke(issued.token().id(), 1));

        assertThatThrownBy(() -> ronghe.access().queries().authenticate(issued.secret()))
                .isInstanceOf(AuthenticationFailedException.class);
        clock.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(otherNode.authenticate(issued.secret()).token()).isEqualTo(issued.token().id());
        clock.addAndGet(Duration.ofMillis(1).toNanos());
        assertThatThrownBy(() -> otherNode.authenticate(issued.secret())).isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void a_cache_that_would_trust_an_authentication_for_no_time_at_all_is_refused() {
        for (var ttl : new Duration[] {Duration.ZERO, Duration.ofSeconds(-1)}) {
            assertThatThrownBy(() -> new TokenCache(ttl, new AtomicLong()::get))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(ttl.toString());
        }
        assertThat(new TokenCache(Duration.ofNanos(1), new AtomicLong()::get)).isNotNull();
    }
}
