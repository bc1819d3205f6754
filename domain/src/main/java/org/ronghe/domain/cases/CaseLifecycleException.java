package org.ronghe.domain.cases;

import org.ronghe.domain.shared.RuleViolationException;

/** Each step of a case's loop in its place: signed for only once dispatched, verified only once responded... */
public final class CaseLifecycleException extends RuleViolationException {

    public CaseLifecycleException(String message) {
        super("case-lifecycle", message);
    }
}
