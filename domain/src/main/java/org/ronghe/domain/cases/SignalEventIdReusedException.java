package org.ronghe.domain.cases;

import org.ronghe.domain.shared.DomainException;

/**
 * A source's event id names one signal: a delivery under a known id that says something else (another category,
 * point, description or photos) is refused, and the case the id made or joined stays as it was.
 */
public final class SignalEventIdReusedException extends DomainException {

    public SignalEventIdReusedException(SignalSource source, String sourceEventId) {
        super("signal-event-id-reused", source + " event " + sourceEventId
                + " was received with other content; an event id names one signal");
    }
}
