package org.ronghe.domain.committee;

import org.ronghe.domain.organization.OrganizationScope;
import org.ronghe.domain.shared.NameSearch;

import org.ronghe.domain.area.AreaId;

/**
 * Which committees a listing asks for; a null field does not filter. Status is today's status.
 *
 * @param parent the committee they hang directly under
 * @param name    a search of the name in either language
 * @param seating only committees where an organization in the scope holds a seat now (a membership not ended)
 */
public record CommitteeCriteria(CommitteeTier tier, CommitteeStatus status, AreaId area, ProfessionalField field,
        CommitteeId parent, NameSearch name, OrganizationScope seating) {

    /** No scope. */
    public CommitteeCriteria(CommitteeTier tier, CommitteeStatus status, AreaId area, ProfessionalField field,
            CommitteeId parent, NameSearch name) {
        this(tier, status, area, field, parent, name, null);
    }

    /** No search by name. */
    public CommitteeCriteria(CommitteeTier tier, CommitteeStatus status, AreaId area, ProfessionalField field,
            CommitteeId parent) {
        this(tier, status, area, field, parent, null, null);
    }

    /** Any parent. */
    public CommitteeCriteria(CommitteeTier tier, CommitteeStatus status, AreaId area, ProfessionalField field) {
        this(tier, status, area, field, null, null);
    }

    public static CommitteeCriteria all() {
        return new CommitteeCriteria(null, null, null, null, null, null, null);
    }

    /** The committees that hang directly under a committee, whatever their tier and status. */
    public static CommitteeCriteria childrenOf(CommitteeId parent) {
        return new CommitteeCriteria(null, null, null, null, java.util.Objects.requireNonNull(parent, "parent"), null, null);
    }

    public boolean matches(FusionCommittee committee) {
        return (tier == null || tier == committee.tier())
                && (status == null || status == committee.status())
                && (area == null || area.equals(committee.area()))
                && (field == null || field == committee.field())
                && (parent == null || parent.equals(committee.parent()))
                && (name == null || name.matches(committee.name().zh(), committee.name().en()))
                && (seating == null || committee.memberships().stream()
                        .anyMatch(m -> m.isCurrent() && seating.includes(m.organization())));
    }
}
