package org.ronghe.application.idempotency.port;

import java.time.Instant;
import java.util.Objects;

import org.ronghe.domain.access.ApiTokenId;

/**
 * An idempotency key as used by one token: the fingerprint of the request that used it first and,
 * once that request completed, its response.
 */
public record IdempotencyRecord(ApiTokenId token, String key, String fingerprint, Instant createdAt,
        StoredResponse response) {

    public IdempotencyRecord {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
