package org.ronghe.domain.access;

import org.ronghe.domain.shared.RuleViolationException;

/** A console session asked of a token that cannot open or end one. */
public final class SessionRefusedException extends RuleViolationException {

    public SessionRefusedException(String message) {
        super("session-refused", message);
    }
}
