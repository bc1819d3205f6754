package org.ronghe.domain.committee;

import org.ronghe.domain.shared.RuleViolationException;

/** A committee goes PLANNED, then ESTABLISHED, then DISSOLVED, and its dates only move forward. */
public final class CommitteeLifecycleException extends RuleViolationException {

    public CommitteeLifecycleException(String message) {
        super("committee-lifecycle", message);
    }
}
