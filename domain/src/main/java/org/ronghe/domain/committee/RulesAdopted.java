package org.ronghe.domain.committee;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** A committee adopted a version of its work or procedure rules. */
public record RulesAdopted(CommitteeId committee, RulesKind kind, String title, int version, LocalDate adoptedOn, Instant occurredAt) implements DomainEvent {
}
