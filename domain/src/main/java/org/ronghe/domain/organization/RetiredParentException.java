package org.ronghe.domain.organization;

import org.ronghe.domain.shared.RuleViolationException;

/** A retired organization takes no new children. */
public final class RetiredParentException extends RuleViolationException {

    public RetiredParentException(OrganizationId parent) {
        super("retired-parent", "organization " + parent + " is retired and takes no new children");
    }
}
