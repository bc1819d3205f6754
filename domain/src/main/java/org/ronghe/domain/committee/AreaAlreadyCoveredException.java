package org.ronghe.domain.committee;

import org.ronghe.domain.shared.RuleViolationException;

/** One area fusion committee per area. */
public final class AreaAlreadyCoveredException extends RuleViolationException {

    public AreaAlreadyCoveredException(String message) {
        super("area-already-covered", message);
    }
}
