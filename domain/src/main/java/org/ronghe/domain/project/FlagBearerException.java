package org.ronghe.domain.project;

import org.ronghe.domain.shared.RuleViolationException;

/** Rule 6: the flag-bearer is a department party body, and the principal the district party committee. */
public final class FlagBearerException extends RuleViolationException {

    public FlagBearerException(String message) {
        super("flag-bearer-rule", message);
    }
}
