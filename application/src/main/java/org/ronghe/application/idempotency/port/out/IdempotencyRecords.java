package org.ronghe.application.idempotency.port.out;

import java.util.Optional;

import org.ronghe.application.idempotency.port.IdempotencyRecord;
import org.ronghe.application.idempotency.port.StoredResponse;
import org.ronghe.domain.access.ApiTokenId;

/** Where idempotency keys are kept (at least 24 hours; this implementation keeps them). */
public interface IdempotencyRecords {

    Optional<IdempotencyRecord> find(ApiTokenId token, String key);

    /**
     * Claims the key for a request that has no response yet.
     *
     * @throws KeyAlreadyClaimedException if another request claimed it (committed, or racing now)
     */
    void claim(IdempotencyRecord pending);

    /** Stores the response of the request that claimed the key. */
    void complete(ApiTokenId token, String key, StoredResponse response);

    /** Another request holds the key. */
    final class KeyAlreadyClaimedException extends RuntimeException {

        public KeyAlreadyClaimedException() {
            super("idempotency key already claimed");
        }
    }
}
