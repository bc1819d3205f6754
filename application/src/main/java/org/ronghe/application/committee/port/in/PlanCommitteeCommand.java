package org.ronghe.application.committee.port.in;

import java.time.LocalDate;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.Violations;

/** Plan a committee: field for a professional one, area for an area one. */
public record PlanCommitteeCommand(CommitteeTier tier, BilingualName name, ProfessionalField field, AreaId areaId,
        LocalDate plannedOn) {

    public PlanCommitteeCommand {
        CommandChecks.required(new Violations(), "tier", tier, "name", name, "plannedOn", plannedOn).throwIfAny();
    }
}
