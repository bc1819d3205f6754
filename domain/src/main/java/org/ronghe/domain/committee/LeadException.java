package org.ronghe.domain.committee;

import org.ronghe.domain.shared.RuleViolationException;

/** Rule 3: a committee has exactly one LEAD; an area committee's LEAD is a town of that area. */
public final class LeadException extends RuleViolationException {

    public LeadException(String message) {
        super("lead-rule", message);
    }
}
