package org.ronghe.adapter.persistence.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.ronghe.application.Ronghe;
import org.ronghe.application.access.port.in.AccessChange;
import org.ronghe.application.access.port.in.IssueTokenCommand;
import org.ronghe.application.access.port.in.IssuedToken;
import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.application.access.service.AuthenticationService;
import org.ronghe.application.access.service.TokenCache;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.application.organization.port.in.RegisterOrganizationCommand;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.storage.Storage;
import org.ronghe.domain.access.ApiToken;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.AuthenticationFailedException;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.access.SecretHash;
import org.ronghe.domain.organization.OrganizationId;

import org.junit.jupiter.api.Test;

/**
 * Several application nodes over one store (docs/adr/0008): each trusts a token it authenticated for a
 * while; the node that revokes a token forgets it at once, the others when their entry expires — within
 * a second over a store other processes share, within a minute over one only this process opens.
 */
class TokenTrustAcrossNodesUseCasesTest {

    private static final Caller ADMIN = Caller.system("token trust across nodes");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-04-04T02:00:00Z"));

    private static Ronghe node(Storage store) {
        return Ronghe.on(store, CLOCK, UUID::randomUUID);
    }

    private static OrganizationView district(Ronghe ronghe) {
        return ronghe.organizations().commands().register(ADMIN, RegisterOrganizationCommand.parse(
                "DISTRICT_PARTY_COMMITTEE", "中共上海市嘉定区委员会", null, null, null));
    }

    private static IssuedToken issue(Ronghe ronghe, OrganizationView organization) {
        return ronghe.access().commands().issue(ADMIN, new IssueTokenCommand(organization.id(), Role.OPERATOR, null));
    }

    private static void revoke(Ronghe ronghe, IssuedToken token) {
        ronghe.access().commands().change(ADMIN, new AccessChange.Revoke(token.token().id(), token.token().version()));
    }

    @Test
    void revoking_a_token_evicts_that_token_only_the_others_stay_trusted_from_the_cache() {
        try (var store = new SharedMemoryStore(false)) {
            var node = node(store);
            var otherNode = node(store);
            var district = district(node);
            var elsewhere = issue(node, district);
            var here = issue(node, district);
            node.access().queries().authenticate(elsewhere.secret());
            node.access().queries().authenticate(here.secret());

            revoke(otherNode, elsewhere);
            revoke(node, here);

            assertThatThrownBy(() -> node.access().queries().authenticate(here.secret()))
                    .isInstanceOf(AuthenticationFailedException.class);
            assertThat(node.access().queries().authenticate(elsewhere.secret()).token())
                    .as("revoked on the other node: trusted here until the entry expires")
                    .isEqualTo(elsewhere.token().id());
            assertThatThrownBy(() -> otherNode.access().queries().authenticate(elsewhere.secret()))
                    .isInstanceOf(AuthenticationFailedException.class);
        }
    }

    @Test
    void a_revocation_elsewhere_reaches_a_node_within_a_second_over_a_shared_store_but_not_over_a_local_one() {
        var clock = new TestClock(CLOCK.now());
        try (var shared = new SharedMemoryStore(true); var local = new SharedMemoryStore(false)) {
            var sharedNode = Ronghe.on(shared, clock, UUID::randomUUID);
            var sharedRevoker = Ronghe.on(shared, clock, UUID::randomUUID);
            var localNode = Ronghe.on(local, clock, UUID::randomUUID);
            var localRevoker = Ronghe.on(local, clock, UUID::randomUUID);
            var onShared = issue(sharedNode, district(sharedNode));
            var onLocal = issue(localNode, district(localNode));
            sharedNode.access().queries().authenticate(onShared.secret());
            localNode.access().queries().authenticate(onLocal.secret());

            revoke(sharedRevoker, onShared);
            revoke(localRevoker, onLocal);
            clock.advance(Ronghe.SHARED_TOKEN_TTL.minusNanos(1));
            assertThat(sharedNode.access().queries().authenticate(onShared.secret()).token())
                    .as("trusted until the second is over").isEqualTo(onShared.token().id());
            clock.advance(Duration.ofNanos(1));

            assertThatThrownBy(() -> sharedNode.access().queries().authenticate(onShared.secret()))
                    .isInstanceOf(AuthenticationFailedException.class);
            assertThat(localNode.access().queries().authenticate(onLocal.secret()).token())
                    .as("a local store's revocations happen on a node that evicts at once: a minute is safe")
                    .isEqualTo(onLocal.token().id());
        }
    }

    @Test
    void a_node_holding_ten_thousand_tokens_drops_them_all_before_it_caches_another() {
        // ten thousand and one live operator tokens, as years of issuing leave them in a big deployment's database
        var directory = new TokenDirectory();
        var district = new OrganizationId(UUID.randomUUID());
        List<String> secrets = new ArrayList<>();
        List<ApiToken> tokens = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            String secret = "rh_operator-secret-" + i;
            var token = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), district, Role.OPERATOR, null,
                    SecretHash.of(secret), CLOCK.now()).token();
            directory.add(token);
            secrets.add(secret);
            tokens.add(token);
        }
        var node = new AuthenticationService(directory, new TokenCache(Duration.ofMinutes(1), new AtomicLong()::get),
                CLOCK);
        for (int i = 0; i < 10_000; i++) {
            node.authenticate(secrets.get(i));
        }
        tokens.get(0).revoke(CLOCK.now()); // on another node

        assertThat(node.authenticate(secrets.get(0)).token()).as("ten thousand fit").isEqualTo(tokens.get(0).getId());
        node.authenticate(secrets.get(10_000));
        assertThatThrownBy(() -> node.authenticate(secrets.get(0)))
                .as("the ten thousand and first dropped them all").isInstanceOf(AuthenticationFailedException.class);
    }

    /** The tokens as the database holds them, looked up by the hash of their secret like its index does. */
    private static final class TokenDirectory implements ApiTokens {

        private final Map<SecretHash, ApiToken> bySecret = new HashMap<>();

        @Override
        public Optional<ApiToken> findBySecretHash(SecretHash hash) {
            return Optional.ofNullable(bySecret.get(hash));
        }

        @Override
        public void add(ApiToken token) {
            bySecret.put(token.secretHash(), token);
        }

        @Override
        public Optional<ApiToken> findById(ApiTokenId id) {
            return bySecret.values().stream().filter(t -> t.getId().equals(id)).findFirst();
        }

        @Override
        public void update(ApiToken token) {
            bySecret.put(token.secretHash(), token);
        }

        @Override
        public long count() {
            return bySecret.size();
        }

        @Override
        public long countLiveAdminsForUpdate() {
            return bySecret.values().stream().filter(t -> t.role() == Role.ADMIN && t.isActive()).count();
        }

        @Override
        public Page<ApiToken> find(OrganizationId organization, PageRequest page) {
            throw new UnsupportedOperationException("not needed to authenticate");
        }
    }

    @Test
    void the_health_check_reports_whether_the_store_answers() {
        try (var store = new SharedMemoryStore(true)) {
            var ronghe = node(store);

            assertThat(ronghe.storageReachable()).isTrue();
            store.goDown();
            assertThat(ronghe.storageReachable()).isFalse();
        }
    }
}
