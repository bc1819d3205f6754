package org.ronghe.application.targetsystem.service;

import java.util.ArrayList;
import java.util.List;

import org.ronghe.application.audit.service.AuditDescriptions;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.targetsystem.IndicatorAdded;
import org.ronghe.domain.targetsystem.ReadingReported;
import org.ronghe.domain.targetsystem.TargetSystemDefined;

/** What each target system event changed, for the audit trail. */
public final class TargetSystemAudit {

    private TargetSystemAudit() {
    }

    public static AuditDescriptions descriptions() {
        return new AuditDescriptions()
                .on(TargetSystemDefined.class, "targetSystem", TargetSystemDefined::system, e -> List.of(
                        new FieldChange("period", null, e.period().firstYear() + "-" + e.period().lastYear())))
                .on(IndicatorAdded.class, "targetSystem", IndicatorAdded::system, e -> List.of(new FieldChange(
                        "indicator " + e.code(), null, e.category().name() + (e.live() ? ", live" : ""))))
                .on(ReadingReported.class, "targetSystem", ReadingReported::system, e -> {
                    List<FieldChange> changes = new ArrayList<>();
                    changes.add(new FieldChange("indicator " + e.code() + " reading", null, String.valueOf(e.reading())));
                    if (e.corrects() != null) {
                        changes.add(new FieldChange("indicator " + e.code() + " reading " + e.corrects(), "current",
                                "superseded by " + e.reading()));
                    }
                    return changes;
                });
    }
}
