package org.ronghe.domain.committee;

import org.ronghe.domain.shared.RuleViolationException;

/** Rule 4: a committee is established only with a chair and a LEAD. */
public final class NotReadyToEstablishException extends RuleViolationException {

    public NotReadyToEstablishException(String message) {
        super("not-ready-to-establish", message);
    }
}
