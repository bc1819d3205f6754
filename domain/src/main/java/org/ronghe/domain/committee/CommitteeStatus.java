package org.ronghe.domain.committee;

/** PLANNED → ESTABLISHED (on a date) → DISSOLVED (on a date). */
public enum CommitteeStatus {
    PLANNED, ESTABLISHED, DISSOLVED
}
