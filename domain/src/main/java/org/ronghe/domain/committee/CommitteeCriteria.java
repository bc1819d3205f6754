package org.ronghe.domain.committee;

import org.ronghe.domain.area.AreaId;

/** Which committees a listing asks for; a null field does not filter. Status is today's status. */
public record CommitteeCriteria(CommitteeTier tier, CommitteeStatus status, AreaId area, ProfessionalField field) {

    public static CommitteeCriteria all() {
        return new CommitteeCriteria(null, null, null, null);
    }

    public boolean matches(FusionCommittee committee) {
        return (tier == null || tier == committee.tier())
                && (status == null || status == committee.status())
                && (area == null || area.equals(committee.area()))
                && (field == null || field == committee.field());
    }
}
