package org.ronghe.domain.meeting;

import org.ronghe.domain.shared.RuleViolationException;

public final class UnknownAgendaItemException extends RuleViolationException {

    public UnknownAgendaItemException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "unknown-agenda-item";
    }
}
