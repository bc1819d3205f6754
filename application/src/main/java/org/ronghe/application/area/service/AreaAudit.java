package org.ronghe.application.area.service;

import org.ronghe.application.audit.service.AuditDescriptions;
import org.ronghe.application.audit.service.AuditDescriptions.Changes;
import org.ronghe.domain.area.AreaDefined;

/** What each area event changed, for the audit trail. */
public final class AreaAudit {

    private AreaAudit() {
    }

    public static AuditDescriptions descriptions() {
        return new AuditDescriptions().on(AreaDefined.class, "area", AreaDefined::area, e -> new Changes()
                .set("layout", e.layout().name()).set("name", e.name().zh()).set("nameEn", e.name().en())
                .set("towns", e.towns().stream().map(Object::toString).sorted().toList().toString()).list());
    }
}
