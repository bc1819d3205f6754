package org.ronghe.domain.cases;

import org.ronghe.domain.shared.RuleViolationException;

/**
 * A source's event id is taken in once: a second delivery of it (a retry, or two deliveries racing) finds the
 * case the first one made or joined. Stores throw it when a concurrent delivery stored the id first.
 */
public final class SignalAlreadyReceivedException extends RuleViolationException {

    public SignalAlreadyReceivedException(SignalSource source, String sourceEventId) {
        super("signal-already-received", source + " event " + sourceEventId + " was received already");
    }
}
