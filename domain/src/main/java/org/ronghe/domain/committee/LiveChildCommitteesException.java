package org.ronghe.domain.committee;

import org.ronghe.domain.shared.RuleViolationException;

/**
 * A committee with planned or established committees under it is not dissolved: they would hang under
 * nothing (seed rule 1: the professional and area committees hang under the promotion committee).
 */
public final class LiveChildCommitteesException extends RuleViolationException {

    public LiveChildCommitteesException(CommitteeId committee, long liveChildren) {
        super("live-child-committees", "committee " + committee + " has " + liveChildren + " planned or established committee"
                + (liveChildren == 1 ? "" : "s") + " under it: dissolve them first");
    }
}
