package org.ronghe.domain.shared;

/** A request refers, by id, to something that does not exist (e.g. a parent organization). */
public final class UnknownReferenceException extends DomainException {

    private final String field;

    public UnknownReferenceException(String field, String what, Object id) {
        super("unknown-reference", what + " " + id + " does not exist");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
