package org.ronghe.domain.grid;

import java.time.LocalDate;

import org.ronghe.domain.shared.RuleViolationException;

/** A change dated before the plan's last change: a plan's history is written forwards only. */
public final class GridRevisionDatedBackException extends RuleViolationException {

    public GridRevisionDatedBackException(LocalDate on, LocalDate lastChange) {
        super("grid-revision-dated-back", "a change to the grid plan takes effect on " + lastChange
                + " or later (its last change), not on " + on);
    }
}
