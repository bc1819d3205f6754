package org.ronghe.domain.project;

/** How far a commitment has come, as its latest progress update says. */
public enum CommitmentStatus {
    NOT_STARTED, IN_PROGRESS, DONE
}
