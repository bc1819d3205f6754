package org.ronghe.application.targetsystem.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.committee.CommitteeId;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.project.ProjectId;
import org.ronghe.domain.shared.BilingualName;
import org.ronghe.domain.targetsystem.Attainment;
import org.ronghe.domain.targetsystem.Direction;
import org.ronghe.domain.targetsystem.IndicatorCategory;
import org.ronghe.domain.targetsystem.LiveFigure;
import org.ronghe.domain.targetsystem.TargetSystemId;

/**
 * An indicator as callers see it on {@code asOf}: its value there (the latest current reading up to
 * the day, or the live figure computed for the day), the attainment computed from it, and every
 * reading, the superseded ones included.
 *
 * @param system the system's version, for If-Match on the next write
 */
public record IndicatorView(TargetSystemId systemId, long systemVersion, String code, BilingualName title,
        IndicatorCategory category, String unit, Direction direction, BigDecimal baseline, BigDecimal target,
        Map<Integer, BigDecimal> interimTargets, OrganizationId responsible, Set<ProjectId> projects,
        Set<CommitteeId> committees, Set<AreaId> areas, Live live, LocalDate asOf, BigDecimal value,
        LocalDate valueAsOf, Attainment attainment, List<ReadingView> readings) {

    /** The figure a live indicator is bound to, and what it counts. */
    public record Live(LiveFigure figure, String definition) {

        public static Live of(LiveFigure figure) {
            return figure == null ? null : new Live(figure, figure.definition());
        }
    }

    public record ReadingView(int number, BigDecimal value, LocalDate asOf, OrganizationId reporter, String note,
            String evidence, Integer corrects, Integer supersededBy) {
    }
}
