package org.ronghe.application.audit.service;

import org.ronghe.application.audit.port.in.AuditQueries;
import org.ronghe.application.audit.port.out.AuditTrail;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.access.TokenStewardship;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.audit.AuditEntry;

public record AuditQueryService(AuditTrail trail) implements AuditQueries {

    @Override
    public Page<AuditEntry> entries(Caller caller, AuditCriteria criteria, PageRequest page) {
        TokenStewardship.requireMayReadAuditTrail(caller.actor());
        return trail.find(criteria, page);
    }
}
