package org.ronghe.application.committee.port.in;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.Chair;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.committee.CommitteeStatus;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.FusionCommittee;
import org.ronghe.domain.committee.Membership;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.committee.RulesDocument;

/**
 * A committee as callers see it, today or as of a day: the status and the members of that day,
 * and the whole history of memberships and rules.
 */
public record CommitteeView(CommitteeId id, CommitteeTier tier, String name, String nameEn, ProfessionalField field,
        AreaId areaId, CommitteeId parentId, CommitteeStatus status, LocalDate asOf, LocalDate plannedOn,
        LocalDate establishedOn, LocalDate dissolvedOn, Chair chair, List<Membership> members, List<Membership> history,
        List<RulesDocument> rules, long version, java.util.Map<String, String> organizationNames) {

    public CommitteeView {
        organizationNames = java.util.Map.copyOf(organizationNames);
    }

    /**
     * As of a day: {@code asOf} picks the members who sit then.
     *
     * @param organizationNames the Chinese name of every organization that ever sat on it, by id (extra ones are
     *     left out)
     */
    public static CommitteeView of(FusionCommittee committee, LocalDate asOf,
            java.util.Map<String, String> organizationNames) {
        var members = new java.util.HashMap<String, String>();
        committee.memberships().forEach(m -> {
            String name = organizationNames.get(m.organization().toString());
            if (name != null) {
                members.put(m.organization().toString(), name);
            }
        });
        return new CommitteeView(committee.getId(), committee.tier(), committee.name().zh(), committee.name().en(),
                committee.field(), committee.area(), committee.parent(), committee.statusOn(asOf), asOf,
                committee.plannedOn(), committee.establishedOn(), committee.dissolvedOn(), committee.chair(),
                committee.membersOn(asOf), committee.memberships(), committee.rules(), committee.version(), members);
    }
}
