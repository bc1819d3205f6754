package org.ronghe.domain.committee;

/** Where a fusion committee stands in the leading structure. */
public enum CommitteeTier {
    /** 推进委员会: the one district-level committee that leads the whole structure. */
    DISTRICT_PROMOTION,
    /** 专业委员会: one per field of the "four highlands". */
    PROFESSIONAL,
    /** 片区融委会: one per area of the functional layout. */
    AREA
}
