package org.ronghe.domain.targetsystem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.types.AggregateRoot;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.Days;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Text;

/**
 * The target system of a plan period (融合目标): indicators in five categories, each with its
 * readings. Readings are appended; a correction is a new reading that supersedes an earlier one,
 * which stays. Attainment is computed on the day asked (rule 8), never stored.
 */
public final class TargetSystem implements AggregateRoot<TargetSystem, TargetSystemId> {

    public record State(TargetSystemId id, String title, PlanPeriod period, List<Indicator> indicators, long version) {

        public State {
            Objects.requireNonNull(id, "id");
            title = Text.required("title", title, 200);
            if (period == null) {
                throw new InvalidValueException("period", "is required");
            }
            indicators = List.copyOf(indicators == null ? List.of() : indicators);
        }
    }

    private State s;

    private TargetSystem(State state) {
        this.s = state;
    }

    public record Definition(TargetSystem system, TargetSystemDefined event) {
    }

    public static Definition define(TargetSystemId id, String title, PlanPeriod period, Instant now) {
        var system = new TargetSystem(new State(id, title, period, List.of(), 0));
        return new Definition(system, new TargetSystemDefined(id, period, now));
    }

    public static TargetSystem restore(State state) {
        return new TargetSystem(state);
    }

    /** Adds an indicator without readings; its code is unique in the system, interim years lie in the period. */
    public IndicatorAdded add(Indicator indicator, Instant now) {
        if (s.indicators().stream().anyMatch(i -> i.code().equalsIgnoreCase(indicator.code()))) {
            throw new InvalidValueException("code", "the system has an indicator '" + indicator.code() + "' already");
        }
        if (!indicator.readings().isEmpty()) {
            throw new InvalidValueException("readings", "an indicator starts without readings");
        }
        indicator.interimTargets().keySet().forEach(year -> {
            if (year < s.period().firstYear() || year > s.period().lastYear()) {
                throw new InvalidValueException("interimTargets", "year " + year + " lies outside the plan period");
            }
        });
        var all = new ArrayList<>(s.indicators());
        all.add(indicator);
        s = new State(s.id(), s.title(), s.period(), all, s.version());
        return new IndicatorAdded(s.id(), indicator.code(), indicator.category(), indicator.live() != null, now);
    }

    /** A reading of a manual indicator, as of a day; {@code corrects} supersedes a current reading. */
    public ReadingReported report(String code, BigDecimal value, LocalDate asOf, OrganizationId reporter, String note,
            String evidence, Integer corrects, Instant now) {
        Days.plausible("asOf", asOf);
        var indicator = indicator(code);
        if (indicator.live() != null) {
            throw new LiveIndicatorException("'" + indicator.code() + "' is bound to " + indicator.live()
                    + " and takes no manual readings");
        }
        if (indicator.direction() == Direction.YES_NO && value != null && value.compareTo(BigDecimal.ZERO) != 0
                && value.compareTo(BigDecimal.ONE) != 0) {
            throw new InvalidValueException("value", "a yes/no indicator reads 0 or 1");
        }
        if (corrects != null && indicator.currentReadings().stream().noneMatch(r -> r.number() == corrects)) {
            throw new ReadingCorrectionException("reading " + corrects + " of '" + indicator.code()
                    + "' does not exist or was corrected already");
        }
        int number = indicator.readings().size() + 1;
        var reading = new Reading(number, value, asOf, reporter, note, evidence, corrects);
        var all = new ArrayList<Indicator>();
        s.indicators().forEach(i -> all.add(i.code().equals(indicator.code()) ? i.withReading(reading) : i));
        s = new State(s.id(), s.title(), s.period(), all, s.version());
        return new ReadingReported(s.id(), indicator.code(), number, corrects, now);
    }

    public java.util.Optional<Indicator> findIndicator(String code) {
        return s.indicators().stream().filter(i -> i.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst();
    }

    public Indicator indicator(String code) {
        return findIndicator(code).orElseThrow(() -> new InvalidValueException("code", "the system has no indicator '" + code
                        + "'"));
    }

    public void markStored(long storedVersion) {
        s = new State(s.id(), s.title(), s.period(), s.indicators(), storedVersion);
    }

    public State state() {
        return s;
    }

    @Override
    public TargetSystemId getId() {
        return s.id();
    }

    public long version() {
        return s.version();
    }
}
