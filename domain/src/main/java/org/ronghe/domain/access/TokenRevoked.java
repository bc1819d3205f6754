package org.ronghe.domain.access;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** An API token was revoked; it fails from the next request on. */
public record TokenRevoked(ApiTokenId token, Instant occurredAt) implements DomainEvent {
}
