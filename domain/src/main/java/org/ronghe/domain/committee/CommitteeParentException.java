package org.ronghe.domain.committee;

import org.ronghe.domain.shared.RuleViolationException;

/** Rule 1: professional and area committees hang under the promotion committee, which hangs under none. */
public final class CommitteeParentException extends RuleViolationException {

    public CommitteeParentException(String message) {
        super("committee-parent", message);
    }
}
