package org.ronghe.domain.project;

import org.ronghe.domain.shared.RuleViolationException;

/** Progress is reported on a commitment of the agreement. */
public final class UnknownCommitmentException extends RuleViolationException {

    public UnknownCommitmentException(String message) {
        super(message);
    }

    @Override
    public String code() {
        return "unknown-commitment";
    }
}
