package org.ronghe.application.grid.service;

import java.util.List;

import org.ronghe.application.audit.service.AuditDescriptions;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.grid.GridChildrenRevised;
import org.ronghe.domain.grid.GridPlanDefined;
import org.ronghe.domain.grid.GridResponsibilityAssigned;
import org.ronghe.domain.grid.GridRolesAppointed;

/** What each grid event changed, for the audit trail: one entry per revision, naming the grids it touched. */
public final class GridAudit {

    private GridAudit() {
    }

    public static AuditDescriptions descriptions() {
        return new AuditDescriptions()
                .on(GridPlanDefined.class, "grid plan", GridPlanDefined::plan, e -> List.of(
                        new FieldChange("townId", null, e.town().toString()),
                        new FieldChange("townCode", null, e.townCode()),
                        new FieldChange("areaGrids", null, Integer.toString(e.areaGrids())),
                        new FieldChange("villageGrids", null, Integer.toString(e.villageGrids())),
                        new FieldChange("microGrids", null, Integer.toString(e.microGrids())),
                        new FieldChange("on", null, e.on().toString())))
                .on(GridChildrenRevised.class, "grid plan", GridChildrenRevised::plan, e -> List.of(
                        new FieldChange("parentCode", null, e.parentCode()),
                        new FieldChange("drawn", null, String.join(",", e.drawn())),
                        new FieldChange("redrawn", null, String.join(",", e.redrawn())),
                        new FieldChange("retired", null, String.join(",", e.retired())),
                        new FieldChange("on", null, e.on().toString())))
                .on(GridResponsibilityAssigned.class, "grid plan", GridResponsibilityAssigned::plan, e -> List.of(
                        new FieldChange("code", null, e.code()),
                        new FieldChange("responsibleOrganizationId", e.from() == null ? null : e.from().toString(),
                                e.to().toString()),
                        new FieldChange("on", null, e.on().toString())))
                .on(GridRolesAppointed.class, "grid plan", GridRolesAppointed::plan, e -> List.of(
                        new FieldChange("code", null, e.code()),
                        new FieldChange("roles", null, String.join(",", e.roles().stream()
                                .map(role -> role.kind() + ":" + role.name()).toList()))));
    }
}
