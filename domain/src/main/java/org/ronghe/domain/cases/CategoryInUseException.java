package org.ronghe.domain.cases;

import java.util.List;

import org.ronghe.domain.shared.RuleViolationException;

/** A revision keeps every category that open cases still belong to: no case is left without its rules. */
public final class CategoryInUseException extends RuleViolationException {

    public CategoryInUseException(List<String> codes) {
        super("case-category-in-use", "categories with open cases stay in the policy: " + String.join(", ", codes));
    }
}
