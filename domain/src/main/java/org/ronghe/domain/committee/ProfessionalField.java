package org.ronghe.domain.committee;

/** The fields of the "four highlands" (四个高地), one professional committee each. */
public enum ProfessionalField {
    ECONOMY, CITY, CULTURE, SCI_TECH
}
