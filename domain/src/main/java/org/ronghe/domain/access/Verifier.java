package org.ronghe.domain.access;

import java.util.Objects;

import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;

/** Who closes the loop of a follow-up task: a committee's LEAD, the district's ADMIN, or, for now, nobody. */
public sealed interface Verifier {

    /** The operators of {@code organization}, the LEAD of {@code committee}, verify. */
    record LeadOf(CommitteeId committee, OrganizationId organization) implements Verifier {
        public LeadOf {
            Objects.requireNonNull(committee, "committee");
            Objects.requireNonNull(organization, "organization");
        }
    }

    /**
     * Every LEAD up to the promotion committee works on the task itself: the district's ADMIN verifies,
     * acting for the district party-building leading group the promotion committee answers to.
     */
    record DistrictAdmin() implements Verifier {
    }

    /** The committee that would verify has no LEAD today; appointing one opens the way again. */
    record AwaitingLead(CommitteeId committee) implements Verifier {
        public AwaitingLead {
            Objects.requireNonNull(committee, "committee");
        }
    }
}
