package org.ronghe.domain.committee;

import org.ronghe.domain.shared.RuleViolationException;

/** Rule 5: an organization sits at most once in a committee. */
public final class AlreadyMemberException extends RuleViolationException {

    public AlreadyMemberException(String message) {
        super("already-member", message);
    }
}
