package org.ronghe.application.audit.port.in;

import org.ronghe.application.shared.port.Caller;
import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.audit.AuditEntry;

/** Reading the audit trail (ADMIN only). */
public interface AuditQueries {

    Page<AuditEntry> entries(Caller caller, AuditCriteria criteria, PageRequest page);
}
