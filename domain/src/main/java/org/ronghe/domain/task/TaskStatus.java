package org.ronghe.domain.task;

/** OPEN → IN_PROGRESS → DONE → VERIFIED, or REOPENED (with a reason) and on again. */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, VERIFIED, REOPENED;

    /** Still work to do: not done, not verified. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS || this == REOPENED;
    }
}
