package org.ronghe.application.idempotency.port;

import org.ronghe.domain.shared.DomainException;

/** The same idempotency key came with a different request: the client has a bug. */
public final class IdempotencyKeyReusedException extends DomainException {

    public IdempotencyKeyReusedException() {
        super("idempotency-key-reused", "this Idempotency-Key was used before with a different request; use a new key for a new request");
    }
}
