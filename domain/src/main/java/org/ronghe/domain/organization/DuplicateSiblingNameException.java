package org.ronghe.domain.organization;

import org.ronghe.domain.shared.RuleViolationException;

/** Two organizations under the same parent cannot share a Chinese name. */
public final class DuplicateSiblingNameException extends RuleViolationException {

    public DuplicateSiblingNameException(String name) {
        super("duplicate-sibling-name", "an organization named " + name + " already sits under the same parent");
    }
}
