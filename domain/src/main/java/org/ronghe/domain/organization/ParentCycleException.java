package org.ronghe.domain.organization;

import org.ronghe.domain.shared.RuleViolationException;

/** Moving an organization under itself or one of its descendants would make the hierarchy a cycle. */
public final class ParentCycleException extends RuleViolationException {

    public ParentCycleException(OrganizationId organization, OrganizationId parent) {
        super("parent-cycle", "organization " + organization + " cannot move under " + parent
                + ": that is itself or one of its descendants");
    }
}
