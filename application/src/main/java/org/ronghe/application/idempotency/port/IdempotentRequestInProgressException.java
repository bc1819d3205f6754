package org.ronghe.application.idempotency.port;

import org.ronghe.domain.shared.RuleViolationException;

/** A request with the same key is still being carried out; the client may retry shortly. */
public final class IdempotentRequestInProgressException extends RuleViolationException {

    public IdempotentRequestInProgressException() {
        super("a request with this Idempotency-Key is still in progress; retry shortly");
    }

    @Override
    public String code() {
        return "idempotent-request-in-progress";
    }
}
