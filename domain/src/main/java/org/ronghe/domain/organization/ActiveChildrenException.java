package org.ronghe.domain.organization;

import org.ronghe.domain.shared.RuleViolationException;

/** An organization with active children cannot retire: they would be left under a retired parent. */
public final class ActiveChildrenException extends RuleViolationException {

    public ActiveChildrenException(OrganizationId id, long activeChildren) {
        super("active-children", "organization " + id + " still has " + activeChildren
                + " active child organization(s): retire or move them first");
    }
}
