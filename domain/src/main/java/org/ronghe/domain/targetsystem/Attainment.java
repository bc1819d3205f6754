package org.ronghe.domain.targetsystem;

/** How far an indicator is, computed on the day asked (rule 8), never stored. Ordered worst first after NO_DATA. */
public enum Attainment {
    OFF_TRACK, AT_RISK, NO_DATA, ON_TRACK, MET
}
