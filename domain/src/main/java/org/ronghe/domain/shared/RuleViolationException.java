package org.ronghe.domain.shared;

/** A well-formed request that a business rule forbids in the current state of the model. */
public abstract class RuleViolationException extends DomainException {

    protected RuleViolationException(String code, String message) {
        super(code, message);
    }
}
