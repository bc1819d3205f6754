package org.ronghe.application.committee.port.in;

import java.time.LocalDate;

/** The whole leading structure, for org charts. */
public interface StructureQueries {

    /** @param asOf the day (null: today) */
    StructureView structure(LocalDate asOf);
}
