package org.ronghe.domain.committee;

import org.ronghe.domain.area.AreaId;

/**
 * Which committees a listing asks for; a null field does not filter. Status is today's status.
 *
 * @param parent the committee they hang directly under
 */
public record CommitteeCriteria(CommitteeTier tier, CommitteeStatus status, AreaId area, ProfessionalField field,
        CommitteeId parent) {

    /** Any parent. */
    public CommitteeCriteria(CommitteeTier tier, CommitteeStatus status, AreaId area, ProfessionalField field) {
        this(tier, status, area, field, null);
    }

    public static CommitteeCriteria all() {
        return new CommitteeCriteria(null, null, null, null, null);
    }

    /** The committees that hang directly under a committee, whatever their tier and status. */
    public static CommitteeCriteria childrenOf(CommitteeId parent) {
        return new CommitteeCriteria(null, null, null, null, java.util.Objects.requireNonNull(parent, "parent"));
    }

    public boolean matches(FusionCommittee committee) {
        return (tier == null || tier == committee.tier())
                && (status == null || status == committee.status())
                && (area == null || area.equals(committee.area()))
                && (field == null || field == committee.field())
                && (parent == null || parent.equals(committee.parent()));
    }
}
