package org.ronghe.domain.access;

import org.ronghe.domain.shared.RuleViolationException;

public final class TokenAlreadyRevokedException extends RuleViolationException {

    public TokenAlreadyRevokedException(ApiTokenId id) {
        super("token " + id + " is revoked already");
    }

    @Override
    public String code() {
        return "token-revoked";
    }
}
