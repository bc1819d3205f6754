package org.ronghe.domain.access;

import org.ronghe.domain.shared.DomainException;

/** No valid credentials: missing, unknown or revoked. The message never says which, on purpose. */
public final class AuthenticationFailedException extends DomainException {

    private final String reason;

    public AuthenticationFailedException(String reason) {
        super("unauthenticated", "a valid bearer token is required");
        this.reason = reason;
    }

    /** Why, for the operators' log only; never shown to the caller. */
    public String reason() {
        return reason;
    }
}
