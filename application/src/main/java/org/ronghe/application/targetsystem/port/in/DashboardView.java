package org.ronghe.application.targetsystem.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.targetsystem.Attainment;
import org.ronghe.domain.targetsystem.AttainmentRollup;
import org.ronghe.domain.targetsystem.IndicatorCategory;
import org.ronghe.domain.targetsystem.LiveFigure;
import org.ronghe.domain.targetsystem.PlanPeriod;
import org.ronghe.domain.targetsystem.TargetSystemId;

/**
 * A target system at a glance on {@code asOf}: the share of the plan period elapsed, the rollup of the
 * whole system and of each of the five categories (all five, in order), and every indicator worst first
 * (OFF_TRACK, AT_RISK, NO_DATA, ON_TRACK, MET; then by category and code).
 */
public record DashboardView(TargetSystemId id, String title, PlanPeriod period, long version, LocalDate asOf,
        int elapsedPercent, AttainmentRollup overall, List<CategoryRollup> categories, List<Line> indicators) {

    public record CategoryRollup(IndicatorCategory category, AttainmentRollup rollup) {
    }

    public record Line(String code, BilingualName title, IndicatorCategory category, Attainment attainment,
            BigDecimal value, BigDecimal target, String unit, LiveFigure live,
            org.ronghe.domain.organization.OrganizationId responsible) {
    }
}
