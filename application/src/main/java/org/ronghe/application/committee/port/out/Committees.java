package org.ronghe.application.committee.port.out;

import java.util.List;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.application.shared.port.out.AggregateRepository;
import org.ronghe.domain.committee.CommitteeCriteria;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeRegistry;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.organization.OrganizationId;

/**
 * All fusion committees, with their whole membership and rules history. Its {@link CommitteeRegistry}
 * side answers the planning rules (committees not dissolved). Implementations must pass the
 * adapter contract kit.
 */
public interface Committees extends AggregateRepository<FusionCommittee, CommitteeId>, CommitteeRegistry {

    /**
     * Stores the changed committee if its stored version is still the one it was read at, then
     * advances the version. Memberships and rules documents are appended or ended, never removed.
     */
    @Override
    void update(FusionCommittee committee);

    /** Committees that match, promotion first, then professional, then area; within a tier by planned day, id. */
    Page<FusionCommittee> find(CommitteeCriteria criteria, PageRequest page);

    /**
     * How many planned or established committees hang under {@code parent}. Inside a write transaction it
     * also holds the parent until the transaction ends, and {@link #add} of a child holds it too: a child
     * planned at the same moment is either counted here or refused there, never both missed.
     */
    long countLiveChildren(CommitteeId parent);

    /** Every committee in which the organization ever had a seat. */
    List<FusionCommittee> findBySeat(OrganizationId organization);
}
