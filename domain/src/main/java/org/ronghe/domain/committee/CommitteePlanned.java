package org.ronghe.domain.committee;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;
import org.ronghe.domain.area.AreaId;
import org.ronghe.domain.shared.BilingualName;

/** A fusion committee was planned. */
public record CommitteePlanned(CommitteeId committee, CommitteeTier tier, BilingualName name, ProfessionalField field, AreaId area, CommitteeId parent, LocalDate plannedOn, Instant occurredAt) implements DomainEvent {
}
