package org.ronghe.domain.meeting;

import org.ronghe.domain.shared.RuleViolationException;

/** A meeting goes SCHEDULED, HELD, MINUTES_APPROVED, or CANCELLED; each step in its place. */
public final class MeetingLifecycleException extends RuleViolationException {

    public MeetingLifecycleException(String message) {
        super("meeting-lifecycle", message);
    }
}
