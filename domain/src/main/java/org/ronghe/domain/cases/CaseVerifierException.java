package org.ronghe.domain.cases;

import org.ronghe.domain.shared.RuleViolationException;

/** The verifier of a case is never its handler: not the organization that signed for it and handled it. */
public final class CaseVerifierException extends RuleViolationException {

    public CaseVerifierException(String message) {
        super("case-verifier-is-handler", message);
    }
}
