package org.ronghe.application.idempotency.port;

import org.ronghe.domain.shared.RuleViolationException;

/** A request with the same key is still being carried out; the client may retry shortly. */
public final class IdempotentRequestInProgressException extends RuleViolationException {

    public IdempotentRequestInProgressException() {
        super("idempotent-request-in-progress", "a request with this Idempotency-Key is still in progress; retry shortly");
    }
}
