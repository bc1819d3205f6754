package org.ronghe.domain.project;

import org.ronghe.domain.shared.RuleViolationException;

/** A project is completed only when every commitment is done. */
public final class OpenCommitmentsException extends RuleViolationException {

    public OpenCommitmentsException(String message) {
        super("open-commitments", message);
    }
}
