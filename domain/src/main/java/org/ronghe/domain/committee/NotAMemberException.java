package org.ronghe.domain.committee;

import org.ronghe.domain.shared.RuleViolationException;

/** The organization has no current seat in the committee. */
public final class NotAMemberException extends RuleViolationException {

    public NotAMemberException(String message) {
        super("not-a-member", message);
    }
}
