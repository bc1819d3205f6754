package org.ronghe.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ronghe.application.idempotency.port.IdempotencyRecord;
import org.ronghe.application.idempotency.port.StoredResponse;
import org.ronghe.application.idempotency.port.out.IdempotencyRecords.KeyAlreadyClaimedException;
import org.ronghe.domain.access.ApiToken;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.access.SecretHash;

/** What every {@link org.ronghe.application.idempotency.port.out.IdempotencyRecords} must do. */
public abstract class IdempotencyRecordsContract extends StorageContract {

    private static final Instant T0 = Instant.parse("2024-01-02T03:04:05.678901Z");
    private ApiTokenId token;
    private ApiTokenId otherToken;

    @BeforeEach
    void tokens() {
        token = adminToken("one");
        otherToken = adminToken("two");
    }

    private ApiTokenId adminToken(String secret) {
        var issued = ApiToken.issue(new ApiTokenId(UUID.randomUUID()), null, Role.ADMIN, null, SecretHash.of(secret),
                T0).token();
        storage.apiTokens().add(issued);
        return issued.getId();
    }

    private static final String FINGERPRINT = "a".repeat(64);

    private static final StoredResponse CREATED = new StoredResponse(201, "{\"name\":\"南翔镇党委\"}",
            Map.of("Location", "/api/v1/organizations/x", "ETag", "\"1\""));

    private IdempotencyRecord answered(ApiTokenId by, String key) {
        return new IdempotencyRecord(by, key, FINGERPRINT, T0, CREATED);
    }

    @Test
    void a_stored_key_gives_back_its_response() {
        storage.idempotencyRecords().store(answered(token, "key-1"));

        var read = storage.idempotencyRecords().find(token, "key-1").orElseThrow();

        assertThat(read.fingerprint()).isEqualTo(FINGERPRINT);
        assertThat(read.createdAt()).isEqualTo(T0);
        assertThat(read.response()).isEqualTo(CREATED);
    }

    @Test
    void a_key_is_stored_once_per_token_and_scoped_to_it() {
        storage.idempotencyRecords().store(answered(token, "key-1"));

        assertThatThrownBy(() -> storage.idempotencyRecords().store(answered(token, "key-1")))
                .isInstanceOf(KeyAlreadyClaimedException.class);
        storage.idempotencyRecords().store(answered(otherToken, "key-1"));
        assertThat(storage.idempotencyRecords().find(otherToken, "key-1")).isPresent();
        assertThat(storage.idempotencyRecords().find(token, "key-2")).isEmpty();
    }

    @Test
    void a_key_stored_in_a_failed_transaction_is_not_kept() {
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.idempotencyRecords().store(answered(token, "key-1"));
            throw new IllegalStateException("the request failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storage.idempotencyRecords().find(token, "key-1")).isEmpty();
    }

    @Test
    void a_key_without_its_response_is_not_stored() {
        assertThatThrownBy(() -> storage.idempotencyRecords().store(
                new IdempotencyRecord(token, "key-1", FINGERPRINT, T0, null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(storage.idempotencyRecords().find(token, "key-1")).isEmpty();
    }
}
