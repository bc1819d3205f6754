package org.ronghe.application.targetsystem.port.in;

import java.time.LocalDate;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.targetsystem.TargetSystemId;

/** Reading target systems with attainment computed on a day (null: today, Asia/Shanghai). Every caller. */
public interface TargetSystemQueries {

    TargetSystemView system(TargetSystemId id, LocalDate asOf);

    /** Systems without their indicators, the latest plan period first. */
    Page<TargetSystemView.Summary> systems(PageRequest page);

    IndicatorView indicator(TargetSystemId id, String code, LocalDate asOf);

    /** Rollups per category and for the whole system, and every indicator worst first. */
    DashboardView dashboard(TargetSystemId id, LocalDate asOf);
}
