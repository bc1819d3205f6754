package org.ronghe.domain.access;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** Its holder signed out of a console session: it fails from the next request on. */
public record SessionEnded(ApiTokenId session, Instant occurredAt) implements DomainEvent {
}
