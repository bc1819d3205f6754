package org.ronghe.application.targetsystem.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.Violations;
import org.ronghe.domain.targetsystem.Direction;
import org.ronghe.domain.targetsystem.IndicatorCategory;
import org.ronghe.domain.targetsystem.LiveFigure;
import org.ronghe.domain.targetsystem.TargetSystemId;

/**
 * A change to a target system, based on the version the caller read: add an indicator, report a
 * reading of one. Each kind is a record of its own.
 */
public sealed interface TargetSystemChange {

    TargetSystemId system();

    long expectedVersion();

    /**
     * Add an indicator to a system, at the version the caller saw: what it measures, which way, from
     * baseline to target (interim targets per year optional), who answers for it, what it links to,
     * and the live figure it is bound to (null: it takes manual readings).
     */
    record AddIndicator(TargetSystemId system, long expectedVersion, String code, BilingualName title,
            IndicatorCategory category, String unit, Direction direction, BigDecimal baseline, BigDecimal target,
            Map<Integer, BigDecimal> interimTargets, OrganizationId responsible, Set<ProjectId> projects,
            Set<CommitteeId> committees, Set<AreaId> areas, LiveFigure live) implements TargetSystemChange {

        public AddIndicator {
            var violations = new Violations();
            if (system == null) {
                violations.add("system", "is required");
            }
            CommandChecks.version(violations, expectedVersion);
            CommandChecks.required(violations, "title", title, "responsibleId", responsible);
            violations.throwIfAny();
            interimTargets = interimTargets == null ? Map.of() : Map.copyOf(interimTargets);
            projects = projects == null ? Set.of() : Set.copyOf(projects);
            committees = committees == null ? Set.of() : Set.copyOf(committees);
            areas = areas == null ? Set.of() : Set.copyOf(areas);
        }

        /** Interim targets keyed by year as text ({"2023": 5}, as JSON and the data set write them). */
        public static Map<Integer, BigDecimal> interimTargetsByYear(Map<String, BigDecimal> byText) {
            Map<Integer, BigDecimal> byYear = new java.util.TreeMap<>();
            byText.forEach((year, value) -> {
                if (year == null || !year.matches("\\d{4}")) {
                    throw new org.ronghe.domain.shared.InvalidValueException("interimTargets",
                            "keys are years such as \"2023\"");
                }
                byYear.put(Integer.parseInt(year), value);
            });
            return byYear;
        }
    }

    /**
     * Report a reading of an indicator as of a day (not in the future), at the system version the caller
     * saw; {@code corrects} names the reading it supersedes, if it is a correction.
     */
    record ReportReading(TargetSystemId system, long expectedVersion, String code, BigDecimal value,
            LocalDate asOf, String note, String evidence, Integer corrects) implements TargetSystemChange {

        public ReportReading {
            var violations = new Violations();
            if (system == null) {
                violations.add("system", "is required");
            }
            CommandChecks.version(violations, expectedVersion);
            if (code == null || code.isBlank()) {
                violations.add("code", "is required");
            }
            CommandChecks.required(violations, "value", value, "asOf", asOf);
            violations.throwIfAny();
        }
    }
}
