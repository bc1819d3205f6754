package org.ronghe.domain.activity;

import org.ronghe.domain.shared.RuleViolationException;

/** A withdrawn activity is not withdrawn again. */
public final class ActivityWithdrawnException extends RuleViolationException {

    public ActivityWithdrawnException(String message) {
        super("activity-withdrawn", message);
    }
}
