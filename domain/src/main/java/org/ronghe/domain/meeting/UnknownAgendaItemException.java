package org.ronghe.domain.meeting;

import org.ronghe.domain.shared.UnknownPartException;

/** The meeting has no agenda item of that number. */
public final class UnknownAgendaItemException extends UnknownPartException {

    public UnknownAgendaItemException(String field, String message) {
        super("unknown-agenda-item", field, message);
    }
}
