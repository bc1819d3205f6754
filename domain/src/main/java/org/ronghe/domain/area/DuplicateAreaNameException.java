package org.ronghe.domain.area;

import org.ronghe.domain.shared.RuleViolationException;

/** Two areas of one layout with the same name could not be told apart in any list or drawing. */
public final class DuplicateAreaNameException extends RuleViolationException {

    public DuplicateAreaNameException(String name) {
        super("duplicate-area-name", "an area named '" + name + "' exists already");
    }
}
