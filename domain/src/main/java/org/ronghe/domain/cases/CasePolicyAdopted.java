package org.ronghe.domain.cases;

import java.time.Instant;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;

/** The district adopted its case policy, with these categories. */
public record CasePolicyAdopted(CasePolicyId policy, List<String> categories, Instant occurredAt)
        implements DomainEvent {
}
