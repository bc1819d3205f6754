package org.ronghe.application.activity.service;

import java.util.List;

import org.ronghe.application.audit.service.AuditDescriptions;
import org.ronghe.domain.activity.ActivityRecorded;
import org.ronghe.domain.activity.ActivityWithdrawn;
import org.ronghe.domain.audit.FieldChange;

/** What each co-work activity event changed, for the audit trail. */
public final class ActivityAudit {

    private ActivityAudit() {
    }

    public static AuditDescriptions descriptions() {
        return new AuditDescriptions()
                .on(ActivityRecorded.class, "activity", ActivityRecorded::activity, e -> List.of(
                        new FieldChange("form", null, e.form().name()),
                        new FieldChange("heldOn", null, e.heldOn().toString())))
                .on(ActivityWithdrawn.class, "activity", ActivityWithdrawn::activity, e -> List.of(
                        new FieldChange("withdrawn", "false", "true"), new FieldChange("reason", null, e.reason())));
    }
}
