package org.ronghe.domain.cases;

import org.ronghe.domain.shared.RuleViolationException;

/** The district has one case policy: it is adopted once and revised afterwards. */
public final class CasePolicyExistsException extends RuleViolationException {

    public CasePolicyExistsException() {
        super("case-policy-exists", "a case policy is adopted already: revise it (send the version you read)");
    }
}
