package org.ronghe.domain.meeting;

import org.ronghe.domain.shared.UnknownPartException;

/** The meeting adopted no resolution of that number. */
public final class UnknownResolutionException extends UnknownPartException {

    public UnknownResolutionException(String message) {
        super("unknown-resolution", "resolution", message);
    }
}
