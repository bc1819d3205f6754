package org.ronghe.domain.organization;

import java.util.Set;

import org.ronghe.domain.shared.RuleViolationException;

/** An organization of this kind cannot sit under a parent of that kind (or without a parent). */
public final class ParentKindNotAllowedException extends RuleViolationException {

    public ParentKindNotAllowedException(OrganizationKind child, OrganizationKind parent,
            Set<OrganizationKind> allowed) {
        super("parent-kind-not-allowed", parent == null
                ? "a " + child + " needs a parent, one of " + allowed
                : allowed.isEmpty()
                        ? "a " + child + " sits at the top and takes no parent"
                        : "a " + child + " cannot sit under a " + parent + "; allowed parents: " + allowed);
    }
}
