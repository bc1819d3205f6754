package org.ronghe.domain.project;

import org.ronghe.domain.shared.UnknownPartException;

/** The agreement has no commitment of that number. */
public final class UnknownCommitmentException extends UnknownPartException {

    public UnknownCommitmentException(String message) {
        super("unknown-commitment", "commitment", message);
    }
}
