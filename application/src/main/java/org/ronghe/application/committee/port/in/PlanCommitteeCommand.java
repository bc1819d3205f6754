package org.ronghe.application.committee.port.in;

import java.time.LocalDate;

import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeTier;
import org.ronghe.domain.committee.ProfessionalField;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.Violations;

/** Plan a committee: field for a professional one, area for an area one. */
public record PlanCommitteeCommand(CommitteeTier tier, BilingualName name, ProfessionalField field, AreaId areaId, LocalDate plannedOn) {

    public PlanCommitteeCommand {
        var violations = new Violations();
        if (tier == null) { violations.add("tier", "is required"); }
        if (name == null) { violations.add("name", "is required"); }
        if (plannedOn == null) { violations.add("plannedOn", "is required"); }
        violations.throwIfAny();
    }
}
