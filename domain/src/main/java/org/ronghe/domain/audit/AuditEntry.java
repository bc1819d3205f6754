package org.ronghe.domain.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.ValueObject;

/**
 * The trace one successful write leaves: who (organization and token), when (UTC), what (aggregate
 * type and id, event type, the fields changed with old and new values), and the request it came
 * from. Entries are appended and never changed.
 *
 * @param actorOrganization the acting organization's id, or null for the system or an unbound ADMIN
 * @param actorToken the token's id, or null when the system acted
 * @param actor who acted, always: {@code token:<id>}, or {@code system:<what>} for the system itself (the
 *     data set loader, the bootstrap, the recovery command), so that no entry is without an author
 */
public record AuditEntry(UUID id, Instant at, String actorOrganization, String actorToken, String actor,
        String aggregateType, String aggregateId, String eventType, List<FieldChange> changes, String requestId)
        implements ValueObject {

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(eventType, "eventType");
        changes = List.copyOf(changes);
    }
}
