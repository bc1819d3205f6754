package org.ronghe.domain.committee;

import org.ronghe.domain.shared.RuleViolationException;

/** Rule 4: a dissolved committee takes no new members and no longer changes. */
public final class CommitteeDissolvedException extends RuleViolationException {

    public CommitteeDissolvedException(String message) {
        super("committee-dissolved", message);
    }
}
