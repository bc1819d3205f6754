package org.ronghe.application.targetsystem.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.ronghe.domain.shared.Violations;
import org.ronghe.domain.targetsystem.TargetSystemId;

/**
 * Report a reading of an indicator as of a day (not in the future), at the system version the caller
 * saw; {@code corrects} names the reading it supersedes, if it is a correction.
 */
public record ReportReadingCommand(TargetSystemId system, long expectedVersion, String code, BigDecimal value,
        LocalDate asOf, String note, String evidence, Integer corrects) {

    public ReportReadingCommand {
        var violations = new Violations();
        if (system == null) {
            violations.add("system", "is required");
        }
        if (code == null || code.isBlank()) {
            violations.add("code", "is required");
        }
        if (value == null) {
            violations.add("value", "is required");
        }
        if (asOf == null) {
            violations.add("asOf", "is required");
        }
        violations.throwIfAny();
    }
}
