package org.ronghe.domain.project;

import org.ronghe.domain.shared.RuleViolationException;

/** A project moves PROPOSED, SIGNED, IN_PROGRESS, COMPLETED, or SUSPENDED / CANCELLED with a reason; no start before signing. */
public final class ProjectLifecycleException extends RuleViolationException {

    public ProjectLifecycleException(String message) {
        super("project-lifecycle", message);
    }
}
