package org.ronghe.domain.committee;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** A committee got a (new) chair. */
public record ChairAppointed(CommitteeId committee, Chair oldChair, Chair newChair, LocalDate on, Instant occurredAt) implements DomainEvent {
}
