package org.ronghe.domain.project;

import java.time.Instant;
import java.time.LocalDate;

import org.jmolecules.event.types.DomainEvent;

/** The principal and the flag-bearer signed the responsibility agreement. */
public record AgreementSigned(ProjectId project, LocalDate signedOn, Instant occurredAt) implements DomainEvent {
}
