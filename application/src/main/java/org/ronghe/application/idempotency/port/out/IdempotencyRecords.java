package org.ronghe.application.idempotency.port.out;

import java.util.Optional;

import org.ronghe.application.idempotency.port.IdempotencyRecord;
import org.ronghe.domain.access.ApiTokenId;

/** Where idempotency keys are kept (at least 24 hours; this implementation keeps them). */
public interface IdempotencyRecords {

    Optional<IdempotencyRecord> find(ApiTokenId token, String key);

    /**
     * Stores the key with the response of the request that used it, as the last write of that request's
     * transaction: the store's unique key decides between twins (one insert, where a claim first and its
     * response after were two).
     *
     * @throws KeyAlreadyClaimedException if the key is stored already (committed, or by a twin racing now)
     * @throws IllegalArgumentException if the record has no response
     */
    void store(IdempotencyRecord answered);

    /** Another request holds the key. */
    final class KeyAlreadyClaimedException extends RuntimeException {

        public KeyAlreadyClaimedException() {
            super("idempotency key already claimed");
        }
    }
}
