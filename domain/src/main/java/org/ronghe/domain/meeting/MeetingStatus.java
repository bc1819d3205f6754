package org.ronghe.domain.meeting;

/** SCHEDULED → HELD → MINUTES_APPROVED, or CANCELLED. */
public enum MeetingStatus {
    SCHEDULED, HELD, MINUTES_APPROVED, CANCELLED
}
