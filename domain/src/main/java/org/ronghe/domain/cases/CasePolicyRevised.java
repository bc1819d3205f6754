package org.ronghe.domain.cases;

import java.time.Instant;
import java.util.List;

import org.jmolecules.event.types.DomainEvent;

/** The case policy was revised whole: the categories added, changed and removed (the calendar may have too). */
public record CasePolicyRevised(CasePolicyId policy, List<String> added, List<String> changed, List<String> removed,
        Instant occurredAt) implements DomainEvent {
}
