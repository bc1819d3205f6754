package org.ronghe.domain.cases;

import org.ronghe.domain.shared.RuleViolationException;

/** A signal is taken in only once the district has adopted its case policy (the categories it is sorted by). */
public final class NoCasePolicyException extends RuleViolationException {

    public NoCasePolicyException() {
        super("no-case-policy", "no case policy is adopted yet: an admin adopts one before signals are taken in");
    }
}
