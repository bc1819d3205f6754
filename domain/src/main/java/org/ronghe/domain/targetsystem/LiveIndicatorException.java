package org.ronghe.domain.targetsystem;

import org.ronghe.domain.shared.RuleViolationException;

/** A live indicator's value comes from the model; it takes no manual readings. */
public final class LiveIndicatorException extends RuleViolationException {

    public LiveIndicatorException(String message) {
        super("live-indicator", message);
    }
}
