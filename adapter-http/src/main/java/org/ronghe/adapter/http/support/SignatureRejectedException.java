package org.ronghe.adapter.http.support;

/**
 * A route that authenticates by a signature of its own (a sign platform's webhook) did not find the sender's
 * signature: 401, and the reason is logged, not the secret.
 */
public final class SignatureRejectedException extends RuntimeException {

    public SignatureRejectedException(String reason) {
        super(reason);
    }
}
