package org.ronghe.domain.committee;

import org.ronghe.domain.shared.RuleViolationException;

/** A retired organization takes no new seat. */
public final class RetiredMemberException extends RuleViolationException {

    public RetiredMemberException(String message) {
        super("retired-member", message);
    }
}
