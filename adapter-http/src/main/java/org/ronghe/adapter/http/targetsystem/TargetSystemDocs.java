package org.ronghe.adapter.http.targetsystem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDoc.Query;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.domain.targetsystem.Direction;
import org.ronghe.domain.targetsystem.IndicatorCategory;
import org.ronghe.domain.targetsystem.LiveFigure;

/** What the OpenAPI document says of the routes of {@link TargetSystemRoutes}: summaries, query parameters, bodies, answers. */
final class TargetSystemDocs {

    static final ApiDocs DOCS = ApiDocs.of("target system",
            "目标体系 · Target system: the plan period's indicators, their readings, attainment and the dashboard",
            ApiDoc.post("/api/v1/target-systems", "defineTargetSystem", "define the target system of a plan period (ADMIN)")
                    .takes(DefineTargetSystem.class)
                    .answers("created", Schema.of(TargetSystemRoutes.SystemResource.class)),
            ApiDoc.get("/api/v1/target-systems", "listTargetSystems", "target systems, the latest plan period first")
                    .query(Query.paging())
                    .answers("a page", Schema.page(TargetSystemRoutes.SummaryResource.class)),
            ApiDoc.get("/api/v1/target-systems/{id}", "getTargetSystem", "a target system with every indicator, its value and attainment on asOf")
                    .query(Query.date("asOf").describedAs("the day attainment and live figures are computed for (default: today, Asia/Shanghai)"))
                    .answers("found", Schema.of(TargetSystemRoutes.SystemResource.class)),
            ApiDoc.post("/api/v1/target-systems/{id}/indicators", "addIndicator", "add an indicator to the system (ADMIN; If-Match: the system's version)")
                    .takes(AddIndicator.class)
                    .answers("changed", Schema.of(TargetSystemRoutes.IndicatorResource.class)),
            ApiDoc.get("/api/v1/target-systems/{id}/indicators/{code}", "getIndicator", "one indicator with its readings, value and attainment on asOf")
                    .query(Query.date("asOf").describedAs("the day attainment and live figures are computed for (default: today, Asia/Shanghai)"))
                    .answers("found", Schema.of(TargetSystemRoutes.IndicatorResource.class)),
            ApiDoc.post("/api/v1/target-systems/{id}/indicators/{code}/readings", "reportReading", "report or correct a reading (the responsible organization's operators; If-Match: the system's version); a live indicator refuses it with 409")
                    .takes(ReportReading.class)
                    .answers("changed", Schema.of(TargetSystemRoutes.IndicatorResource.class)),
            ApiDoc.get("/api/v1/target-systems/{id}/dashboard", "getDashboard", "rollups per category and for the system, and every indicator worst first, on asOf")
                    .query(Query.date("asOf").describedAs("the day attainment and live figures are computed for (default: today, Asia/Shanghai)"))
                    .answers("found", Schema.of(TargetSystemRoutes.DashboardResource.class))
                    .etag(true));

    private TargetSystemDocs() {
    }

    /** The body of {@code POST /api/v1/target-systems}. */
    record DefineTargetSystem(@ApiDoc.MaxLength(200) String title,
            Integer firstYear,
            Integer lastYear) {
    }

    /** The body of {@code POST /api/v1/target-systems/{id}/indicators}. */
    record AddIndicator(@ApiDoc.Pattern("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$") String code,
            String title,
            @ApiDoc.Optional String titleEn,
            IndicatorCategory category,
            @ApiDoc.Optional String unit,
            Direction direction,
            @ApiDoc.Optional BigDecimal baseline,
            BigDecimal target,
            @ApiDoc.Optional @ApiDoc.KeyPattern("^[0-9]{4}$") Map<String, BigDecimal> interimTargets,
            UUID responsibleId,
            @ApiDoc.Optional List<UUID> projectIds,
            @ApiDoc.Optional List<UUID> committeeIds,
            @ApiDoc.Optional List<UUID> areaIds,
            @ApiDoc.Optional LiveFigure live) {
    }

    /** The body of {@code POST /api/v1/target-systems/{id}/indicators/{code}/readings}. */
    record ReportReading(BigDecimal value,
            LocalDate asOf,
            @ApiDoc.Optional String note,
            @ApiDoc.Optional String evidence,
            @ApiDoc.Optional Integer corrects) {
    }
}
