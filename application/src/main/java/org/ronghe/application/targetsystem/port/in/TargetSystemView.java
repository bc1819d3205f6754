package org.ronghe.application.targetsystem.port.in;

import java.time.LocalDate;
import java.util.List;

import org.ronghe.domain.targetsystem.PlanPeriod;
import org.ronghe.domain.targetsystem.TargetSystemId;

/** A target system with every indicator's attainment on {@code asOf}. */
public record TargetSystemView(TargetSystemId id, String title, PlanPeriod period, long version, LocalDate asOf,
        List<IndicatorView> indicators) {

    public record Summary(TargetSystemId id, String title, PlanPeriod period, long version, int indicators) {
    }
}
