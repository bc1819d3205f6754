package org.ronghe.application.activity.port.in;

import java.time.LocalDate;
import java.util.Set;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.activity.CoWorkForm;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Violations;

/** Record a co-work activity: its form, what it was, who took part, on which day, under which committee, about what. */
public record RecordActivityCommand(CoWorkForm form, String title, CommitteeId committee,
        Set<OrganizationId> organizations, LocalDate heldOn, String link) {

    public RecordActivityCommand {
        CommandChecks.required(new Violations(), "form", form, "heldOn", heldOn).throwIfAny();
        organizations = organizations == null ? Set.of() : Set.copyOf(organizations);
    }
}
