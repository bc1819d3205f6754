package org.ronghe.domain.access;

import org.ronghe.domain.shared.RuleViolationException;

/** Revoking this token would leave no live ADMIN token: nobody could administer the server any more. */
public final class LastAdminTokenException extends RuleViolationException {

    public LastAdminTokenException(ApiTokenId token) {
        super("last-admin-token", "token " + token + " is the last live ADMIN token: issue another ADMIN token before revoking it");
    }
}
