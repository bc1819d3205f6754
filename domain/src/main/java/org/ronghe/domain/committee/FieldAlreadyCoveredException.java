package org.ronghe.domain.committee;

import org.ronghe.domain.shared.RuleViolationException;

/** Rule 2: one professional committee per field. */
public final class FieldAlreadyCoveredException extends RuleViolationException {

    public FieldAlreadyCoveredException(String message) {
        super("field-already-covered", message);
    }
}
