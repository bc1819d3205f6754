package org.ronghe.domain.project;

import org.ronghe.domain.shared.RuleViolationException;

/** Rule 6: an agreement is signed by the principal and exactly one flag-bearer, nobody else. */
public final class SignatoriesException extends RuleViolationException {

    public SignatoriesException(String message) {
        super("signatories-rule", message);
    }
}
