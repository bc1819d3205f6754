package org.ronghe.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.ApiToken;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.access.SecretHash;
import org.ronghe.domain.organization.Organization;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.organization.SiblingNames;
import org.ronghe.domain.shared.StaleVersionException;

/** What every {@link org.ronghe.application.access.port.out.ApiTokens} must do. */
public abstract class ApiTokensContract extends StorageContract {

    private static final Instant T0 = Instant.parse("2024-01-02T03:04:05.678901Z");

    private OrganizationId organization(String name) {
        // regional units may stand at the top, as many as needed (the district party committee is one)
        var organization = Organization.register(new OrganizationId(UUID.randomUUID()),
                OrganizationKind.REGIONAL_UNIT, OrganizationName.of(name), null, null, SiblingNames.none(),
                T0).organization();
        storage.organizations().add(organization);
        return organization.getId();
    }

    private ApiToken issue(OrganizationId organization, Role role, String secret, Instant at) {
        var token = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), organization, role, "标签 " + secret,
                SecretHash.of(secret), at).token();
        storage.apiTokens().add(token);
        return token;
    }

    @Test
    void a_token_is_found_by_id_and_by_the_hash_of_its_secret_only() {
        var token = issue(organization("区委"), Role.OPERATOR, "secret-1", T0);

        var byHash = storage.apiTokens().findBySecretHash(SecretHash.of("secret-1")).orElseThrow();
        var byId = storage.apiTokens().findById(token.getId()).orElseThrow();

        assertThat(byHash.getId()).isEqualTo(token.getId());
        assertThat(byId.role()).isEqualTo(Role.OPERATOR);
        assertThat(byId.label()).isEqualTo("标签 secret-1");
        assertThat(byId.issuedAt()).isEqualTo(T0);
        assertThat(byId.version()).isEqualTo(1);
        assertThat(storage.apiTokens().findBySecretHash(SecretHash.of("secret-2"))).isEmpty();
    }

    @Test
    void an_unbound_admin_token_round_trips() {
        var token = issue(null, Role.ADMIN, "bootstrap-secret", T0);

        assertThat(storage.apiTokens().findById(token.getId()).orElseThrow().organization()).isNull();
        assertThat(storage.apiTokens().count()).isEqualTo(1);
    }

    @Test
    void revocation_is_stored_with_a_version_compare_and_set() {
        var token = issue(organization("区委"), Role.READER, "secret-1", T0);
        var stale = storage.apiTokens().findById(token.getId()).orElseThrow();
        token.revoke(T0.plusSeconds(5));
        storage.apiTokens().update(token);

        stale.revoke(T0.plusSeconds(9));
        assertThatThrownBy(() -> storage.apiTokens().update(stale)).isInstanceOf(StaleVersionException.class);
        var read = storage.apiTokens().findBySecretHash(SecretHash.of("secret-1")).orElseThrow();
        assertThat(read.isActive()).isFalse();
        assertThat(read.revokedAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(read.version()).isEqualTo(2);
    }

    @Test
    void tokens_list_per_organization_in_issue_order() {
        var district = organization("区委");
        var other = organization("昆山市");
        var first = issue(district, Role.OPERATOR, "a", T0);
        var second = issue(district, Role.READER, "b", T0.plusSeconds(1));
        issue(other, Role.OPERATOR, "c", T0);

        var page = storage.apiTokens().find(district, new PageRequest(1, 10));

        assertThat(page.totalItems()).isEqualTo(2);
        assertThat(page.items()).extracting(ApiToken::getId).containsExactly(first.getId(), second.getId());
        assertThat(storage.apiTokens().find(null, new PageRequest(1, 10)).totalItems()).isEqualTo(3);
    }

    @Test
    void live_admin_tokens_are_counted_without_revoked_ones_and_other_roles() {
        var district = organization("区委");
        issue(null, Role.ADMIN, "bootstrap", T0);
        var revoked = issue(district, Role.ADMIN, "admin-2", T0);
        issue(district, Role.OPERATOR, "operator", T0);
        revoked.revoke(T0.plusSeconds(1));
        storage.apiTokens().update(revoked);

        assertThat(storage.transactions().inTransaction(() -> storage.apiTokens().countLiveAdminsForUpdate()))
                .isEqualTo(1);
    }

    @Test
    void a_session_keeps_its_expiry_and_its_sign_out_and_is_not_counted_among_the_admin_tokens_that_must_remain() {
        var district = organization("区委");
        var admin = issue(district, Role.ADMIN, "admin", T0);
        var opened = T0.plusSeconds(60);
        var session = ApiToken.openSession(new ApiTokenId(UUID.randomUUID()), admin, SecretHash.of("session"),
                java.time.Duration.ofHours(8), opened).session();
        storage.apiTokens().add(session);

        var read = storage.apiTokens().findBySecretHash(SecretHash.of("session")).orElseThrow();
        assertThat(read.state()).isEqualTo(session.state());
        assertThat(read.expiresAt()).isEqualTo(opened.plus(java.time.Duration.ofHours(8)));
        assertThat(read.isSession()).isTrue();
        assertThat(storage.apiTokens().findById(admin.getId()).orElseThrow().expiresAt()).isNull();
        assertThat(storage.transactions().inTransaction(() -> storage.apiTokens().countLiveAdminsForUpdate()))
                .isEqualTo(1);

        read.endSession(opened.plusSeconds(30));
        storage.apiTokens().update(read);
        var ended = storage.apiTokens().findById(session.getId()).orElseThrow();
        assertThat(ended.revokedAt()).isEqualTo(opened.plusSeconds(30));
        assertThat(ended.expiresAt()).isEqualTo(opened.plus(java.time.Duration.ofHours(8)));
        assertThat(ended.version()).isEqualTo(2);
    }

    /**
     * Two ADMINs revoking each other's tokens at once: the second transaction's count waits for the first
     * to end and sees its revocation, so it cannot revoke the last live ADMIN token too.
     */
    @Test
    void a_count_of_live_admins_waits_for_a_concurrent_revocation_and_sees_it() throws Exception {
        var first = issue(null, Role.ADMIN, "admin-1", T0);
        issue(null, Role.ADMIN, "admin-2", T0);
        var counted = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var revoking = pool.submit(() -> storage.transactions().inTransaction(() -> {
                long live = storage.apiTokens().countLiveAdminsForUpdate();
                var token = storage.apiTokens().findById(first.getId()).orElseThrow();
                token.revoke(T0.plusSeconds(1));
                storage.apiTokens().update(token);
                counted.countDown();
                sleep(300); // still open while the other transaction counts
                return live;
            }));
            counted.await();
            var counting = pool.submit(() -> storage.transactions().inTransaction(
                    () -> storage.apiTokens().countLiveAdminsForUpdate()));

            assertThat(revoking.get()).isEqualTo(2);
            assertThat(counting.get()).as("counted after the revocation committed").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
