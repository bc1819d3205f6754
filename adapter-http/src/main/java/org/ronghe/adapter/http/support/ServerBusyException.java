package org.ronghe.adapter.http.support;

/** The server already carries as many writes as it takes on at once: this one was not started. */
public final class ServerBusyException extends RuntimeException {

    private final long retryAfterSeconds;

    public ServerBusyException(long retryAfterSeconds) {
        super("the server is carrying as many writes as it takes at once and did not start this one; retry after "
                + retryAfterSeconds + " s (a create with the same Idempotency-Key)");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
