package org.ronghe.domain.project;

/** PROPOSED → SIGNED → IN_PROGRESS → COMPLETED, or SUSPENDED (and resumed) or CANCELLED, with a reason. */
public enum ProjectStatus {
    PROPOSED, SIGNED, IN_PROGRESS, COMPLETED, SUSPENDED, CANCELLED;

    public boolean isOpen() {
        return this == SIGNED || this == IN_PROGRESS;
    }
}
