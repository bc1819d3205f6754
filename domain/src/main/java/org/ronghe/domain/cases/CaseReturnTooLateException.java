package org.ronghe.domain.cases;

import org.ronghe.domain.shared.RuleViolationException;

/** A department sends a case back (退单) only within the time to sign for it. */
public final class CaseReturnTooLateException extends RuleViolationException {

    public CaseReturnTooLateException(String message) {
        super("case-return-too-late", message);
    }
}
