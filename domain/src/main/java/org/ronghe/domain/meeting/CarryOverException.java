package org.ronghe.domain.meeting;

import org.ronghe.domain.shared.RuleViolationException;

/** An agenda item is carried on only to another, later meeting of the committee that hosted it. */
public final class CarryOverException extends RuleViolationException {

    public CarryOverException(String message) {
        super("carry-over", message);
    }
}
