package org.ronghe.domain.activity;

import java.time.LocalDate;

import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;

/** Which activities a listing asks for; null fields do not filter. Withdrawn ones only when asked. */
public record ActivityCriteria(CoWorkForm form, CommitteeId committee, OrganizationId organization, LocalDate from,
        LocalDate until, boolean includeWithdrawn) {

    public static ActivityCriteria all() {
        return new ActivityCriteria(null, null, null, null, null, false);
    }

    public boolean matches(CoWorkActivity activity) {
        var s = activity.state();
        return (form == null || form == s.form()) && (committee == null || committee.equals(s.committee()))
                && (organization == null || s.organizations().contains(organization))
                && (from == null || !s.heldOn().isBefore(from)) && (until == null || s.heldOn().isBefore(until))
                && (includeWithdrawn || !s.withdrawn());
    }
}
