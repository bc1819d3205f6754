package org.ronghe.domain.grid;

import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.RuleViolationException;

/** A town has one grid plan; it is revised, never drawn a second time. */
public final class GridPlanExistsException extends RuleViolationException {

    public GridPlanExistsException(OrganizationId town) {
        super("grid-plan-exists", "the town " + town + " has a grid plan already: revise it instead");
    }
}
