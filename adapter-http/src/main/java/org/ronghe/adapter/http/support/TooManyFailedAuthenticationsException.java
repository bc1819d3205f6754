package org.ronghe.adapter.http.support;

/** The client address failed to authenticate too often; it waits before it may try again. */
public final class TooManyFailedAuthenticationsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyFailedAuthenticationsException(long retryAfterSeconds) {
        super("too many failed authentications from this address; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
