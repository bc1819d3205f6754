package org.ronghe.domain.meeting;

/** The collaboration mechanisms: 综合型联席会 / 日常型联络会 / 专项型议事会. */
public enum MeetingMechanism {
    COMPREHENSIVE_JOINT, ROUTINE_LIAISON, SPECIAL_DELIBERATION
}
