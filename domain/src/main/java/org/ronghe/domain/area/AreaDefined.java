package org.ronghe.domain.area;

import java.time.Instant;
import java.util.Set;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.organization.OrganizationId;
import org.ronghe.domain.shared.BilingualName;

/** An area of the functional layout was defined, spanning the given towns. */
public record AreaDefined(AreaId area, AreaLayout layout, BilingualName name, Set<OrganizationId> towns,
        Instant occurredAt) implements DomainEvent {
}
