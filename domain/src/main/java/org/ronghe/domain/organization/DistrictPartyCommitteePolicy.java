package org.ronghe.domain.organization;

import java.util.Optional;

/**
 * One district party committee (区委) per store: it is the principal of every domain-project agreement
 * and leads the promotion committee, so a second live one would leave both without an answer. A
 * retired one does not count: retiring it makes room for its successor.
 */
public final class DistrictPartyCommitteePolicy {

    private DistrictPartyCommitteePolicy() {
    }

    /**
     * @param live the live district party committee, if there is one
     * @throws SecondDistrictPartyCommitteeException if {@code kind} is a district party committee and one lives
     */
    public static void requireRoomFor(OrganizationKind kind, Optional<OrganizationId> live) {
        if (kind == OrganizationKind.DISTRICT_PARTY_COMMITTEE && live.isPresent()) {
            throw new SecondDistrictPartyCommitteeException(live.get());
        }
    }
}
