package org.ronghe.domain.audit;

import java.time.Instant;

/**
 * Which audit entries to read; a null field does not filter. {@code since} is inclusive,
 * {@code until} exclusive.
 */
public record AuditCriteria(String aggregateType, String aggregateId, String actorOrganization, Instant since,
        Instant until) {

    public static AuditCriteria all() {
        return new AuditCriteria(null, null, null, null, null);
    }

    public boolean matches(AuditEntry entry) {
        return (aggregateType == null || aggregateType.equals(entry.aggregateType()))
                && (aggregateId == null || aggregateId.equals(entry.aggregateId()))
                && (actorOrganization == null || actorOrganization.equals(entry.actorOrganization()))
                && (since == null || !entry.at().isBefore(since))
                && (until == null || entry.at().isBefore(until));
    }
}
