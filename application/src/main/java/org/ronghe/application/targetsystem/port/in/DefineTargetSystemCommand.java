package org.ronghe.application.targetsystem.port.in;

import org.ronghe.domain.shared.Violations;
import org.ronghe.domain.targetsystem.PlanPeriod;

/** Define the target system of a plan period, e.g. 2021–2025. */
public record DefineTargetSystemCommand(String title, PlanPeriod period) {

    public DefineTargetSystemCommand {
        var violations = new Violations();
        if (period == null) {
            violations.add("period", "is required");
        }
        violations.throwIfAny();
    }
}
