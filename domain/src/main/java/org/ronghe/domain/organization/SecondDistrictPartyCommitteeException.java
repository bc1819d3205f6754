package org.ronghe.domain.organization;

import org.ronghe.domain.shared.RuleViolationException;

/** The district party committee is one per store: a second live one is refused. */
public final class SecondDistrictPartyCommitteeException extends RuleViolationException {

    /** @param live the live one, where known */
    public SecondDistrictPartyCommitteeException(OrganizationId live) {
        super("second-district-party-committee", "the district party committee" + (live == null ? "" : " " + live) + " is registered already: there is "
                + "one per district (retire it first to replace it)");
    }
}
