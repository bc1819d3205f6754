package org.ronghe.domain.organization;

import org.ronghe.domain.shared.RuleViolationException;

/** A retired organization is kept for history and no longer changes. */
public final class OrganizationRetiredException extends RuleViolationException {

    public OrganizationRetiredException(OrganizationId id) {
        super("organization-retired", "organization " + id + " is retired and can no longer change");
    }
}
