package org.ronghe.domain.project;

import org.ronghe.domain.shared.RuleViolationException;

/** A domain code appears once in the catalogue. */
public final class DomainAlreadyListedException extends RuleViolationException {

    public DomainAlreadyListedException(DomainCode code) {
        super("domain-already-listed", "the catalogue lists the domain " + code + " already");
    }
}
