package org.ronghe.application.audit;

import org.ronghe.application.audit.port.in.AuditQueries;
import org.ronghe.application.audit.port.out.AuditTrail;
import org.ronghe.application.audit.service.AuditQueryService;

/**
 * The audit trail, for reading. Every context writes its own entries, through the auditor its module
 * makes with its own descriptions ({@link org.ronghe.application.shared.service.Platform#auditor}).
 */
public record AuditModule(AuditQueries queries) {

    public static AuditModule on(AuditTrail trail) {
        return new AuditModule(new AuditQueryService(trail));
    }
}
