package org.ronghe.domain.shared;

/** The aggregate addressed by a request does not exist. */
public final class AggregateNotFoundException extends DomainException {

    public AggregateNotFoundException(String aggregateType, Object id) {
        super("not-found", aggregateType + " " + id + " was not found");
    }
}
