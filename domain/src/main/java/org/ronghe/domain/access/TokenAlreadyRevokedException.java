package org.ronghe.domain.access;

import org.ronghe.domain.shared.RuleViolationException;

public final class TokenAlreadyRevokedException extends RuleViolationException {

    public TokenAlreadyRevokedException(ApiTokenId id) {
        super("token-revoked", "token " + id + " is revoked already");
    }
}
