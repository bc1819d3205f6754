package org.ronghe.domain.targetsystem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;

/**
 * One indicator of a target system: what it measures, which way, from which baseline to which
 * target (with optional interim targets per year), who answers for it, what it links to, and either
 * its append-only readings or the live figure it is bound to.
 */
public record Indicator(String code, BilingualName title, IndicatorCategory category, String unit, Direction direction,
        BigDecimal baseline, BigDecimal target, Map<Integer, BigDecimal> interimTargets, OrganizationId responsible,
        Set<ProjectId> projects, Set<CommitteeId> committees, Set<AreaId> areas, LiveFigure live,
        List<Reading> readings) implements ValueObject {

    public Indicator {
        if (code == null || !code.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,31}")) {
            throw new InvalidValueException("code", "must be 1 to 32 letters, digits, '.', '_' or '-'");
        }
        code = code.strip();
        Objects.requireNonNull(title, "title");
        if (category == null) {
            throw new InvalidValueException("category", "is required");
        }
        unit = Text.optional("unit", unit, 40);
        if (direction == null) {
            throw new InvalidValueException("direction", "is required");
        }
        if (target == null) {
            throw new InvalidValueException("target", "is required");
        }
        if (direction == Direction.YES_NO && !(isZeroOrOne(target) && (baseline == null || isZeroOrOne(baseline)))) {
            throw new InvalidValueException("target", "a yes/no indicator has target and baseline 0 or 1");
        }
        interimTargets = new TreeMap<>(interimTargets == null ? Map.of() : interimTargets);
        if (responsible == null) {
            throw new InvalidValueException("responsibleId", "is required");
        }
        projects = Set.copyOf(projects == null ? Set.of() : projects);
        committees = Set.copyOf(committees == null ? Set.of() : committees);
        areas = Set.copyOf(areas == null ? Set.of() : areas);
        readings = List.copyOf(readings == null ? List.of() : readings);
        if (live != null && !readings.isEmpty()) {
            throw new LiveIndicatorException("a live indicator takes no manual readings");
        }
    }

    private static boolean isZeroOrOne(BigDecimal value) {
        return value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
    }

    /** The readings no correction has superseded. */
    public List<Reading> currentReadings() {
        Set<Integer> superseded = new HashSet<>();
        readings.forEach(r -> {
            if (r.corrects() != null) {
                superseded.add(r.corrects());
            }
        });
        return readings.stream().filter(r -> !superseded.contains(r.number())).toList();
    }

    /** The latest current reading up to the day (by as-of day, then by number), or null. */
    public Reading latestOn(LocalDate day) {
        return currentReadings().stream().filter(r -> !r.asOf().isAfter(day))
                .max(Comparator.comparing(Reading::asOf).thenComparing(Reading::number)).orElse(null);
    }

    /** Rule 8 on the day: from the latest reading, or from the live figure's value when bound. */
    public Attainment attainmentOn(LocalDate day, PlanPeriod period, BigDecimal liveValue) {
        Reading latest = latestOn(day);
        BigDecimal value = live != null ? liveValue : (latest == null ? null : latest.value());
        return AttainmentPolicy.assess(direction, baseline, target, interimTargets, period, value, day);
    }

    Indicator withReading(Reading reading) {
        var all = new ArrayList<>(readings);
        all.add(reading);
        return new Indicator(code, title, category, unit, direction, baseline, target, interimTargets, responsible,
                projects, committees, areas, live, all);
    }
}
