package org.ronghe.domain.targetsystem;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * Rule 8: attainment from direction, baseline, target, the latest value and the day asked.
 *
 * <ol>
 * <li>No value: {@code NO_DATA}.</li>
 * <li>The value meets the target ({@code AT_LEAST}: value ≥ target; {@code AT_MOST}: value ≤ target;
 * {@code EXACTLY} and {@code YES_NO}: value = target): {@code MET}.</li>
 * <li>Not met on or after the last day of the period: {@code OFF_TRACK}.</li>
 * <li>A target that asks for no movement from the baseline (e.g. {@code AT_LEAST} with target ≤
 * baseline: hold the line) and is not met: {@code OFF_TRACK} — it was met at the start.</li>
 * <li>Otherwise progress {@code p} = share of the way from baseline to target covered by the value
 * ({@code (value − baseline) / (target − baseline)}; for {@code EXACTLY}
 * {@code 1 − |value − target| / |baseline − target|}; for {@code YES_NO} 0), compared with the
 * expected share {@code e}: the interim target of the latest year up to the day asked, as a share
 * of the way, or else the elapsed share of the period. {@code p ≥ e}: {@code ON_TRACK};
 * {@code p ≥ e − 0.2}: {@code AT_RISK}; below: {@code OFF_TRACK}.</li>
 * </ol>
 */
public final class AttainmentPolicy {

    /** How far behind the expected share an indicator may fall and still be only at risk. */
    public static final double AT_RISK_MARGIN = 0.2;

    private AttainmentPolicy() {
    }

    public static Attainment assess(Direction direction, BigDecimal baseline, BigDecimal target,
            Map<Integer, BigDecimal> interimTargets, PlanPeriod period, BigDecimal value, LocalDate day) {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(target, "target");
        if (value == null) {
            return Attainment.NO_DATA;
        }
        if (meets(direction, value, target)) {
            return Attainment.MET;
        }
        if (period.isOverOn(day)) {
            return Attainment.OFF_TRACK;
        }
        BigDecimal start = baseline != null ? baseline : BigDecimal.ZERO;
        if (!asksForMovement(direction, start, target)) {
            return Attainment.OFF_TRACK;
        }
        double progress = progress(direction, start, target, value);
        double expected = expected(start, target, interimTargets, period, day);
        if (progress >= expected) {
            return Attainment.ON_TRACK;
        }
        return progress >= expected - AT_RISK_MARGIN ? Attainment.AT_RISK : Attainment.OFF_TRACK;
    }

    static boolean meets(Direction direction, BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return switch (direction) {
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case EXACTLY, YES_NO -> c == 0;
        };
    }

    private static boolean asksForMovement(Direction direction, BigDecimal baseline, BigDecimal target) {
        int c = target.compareTo(baseline);
        return switch (direction) {
            case AT_LEAST -> c > 0;
            case AT_MOST -> c < 0;
            case EXACTLY -> c != 0;
            case YES_NO -> true;
        };
    }

    private static double progress(Direction direction, BigDecimal baseline, BigDecimal target, BigDecimal value) {
        return switch (direction) {
            case AT_LEAST, AT_MOST -> share(value.subtract(baseline), target.subtract(baseline));
            case EXACTLY -> 1 - share(value.subtract(target).abs(), baseline.subtract(target).abs());
            case YES_NO -> 0;
        };
    }

    private static double expected(BigDecimal baseline, BigDecimal target, Map<Integer, BigDecimal> interimTargets,
            PlanPeriod period, LocalDate day) {
        if (interimTargets != null) {
            var interim = interimTargets.entrySet().stream().filter(e -> e.getKey() <= day.getYear())
                    .max(Map.Entry.comparingByKey());
            if (interim.isPresent()) {
                return Math.max(0, Math.min(1, share(interim.get().getValue().subtract(baseline),
                        target.subtract(baseline))));
            }
        }
        return period.elapsedShare(day);
    }

    private static double share(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, MathContext.DECIMAL64).doubleValue();
    }
}
