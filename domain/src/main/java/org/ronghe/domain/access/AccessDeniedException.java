package org.ronghe.domain.access;

import org.ronghe.domain.shared.DomainException;

/** The caller is known, but a policy says it may not do this. */
public final class AccessDeniedException extends DomainException {

    public AccessDeniedException(String message) {
        super("forbidden", message);
    }
}
