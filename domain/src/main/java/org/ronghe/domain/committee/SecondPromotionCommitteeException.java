package org.ronghe.domain.committee;

import org.ronghe.domain.shared.RuleViolationException;

/** Rule 1: there is one district promotion committee per new city. */
public final class SecondPromotionCommitteeException extends RuleViolationException {

    public SecondPromotionCommitteeException(String message) {
        super("second-promotion-committee", message);
    }
}
