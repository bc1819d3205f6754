package org.ronghe.application.audit.port.out;

import org.ronghe.application.shared.port.Page;
import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.audit.AuditEntry;

/**
 * The append-only audit trail. An entry appended inside a transaction commits or rolls back with
 * it. There is deliberately no way to change or remove an entry.
 */
public interface AuditTrail {

    void append(AuditEntry entry);

    /** Matching entries, oldest first (time, then id). */
    Page<AuditEntry> find(AuditCriteria criteria, PageRequest page);
}
