package org.ronghe.domain.shared;

/**
 * A request names a part of an aggregate that it does not have (an agenda item, a resolution, a
 * commitment by its number): an unknown reference, as an unknown id is.
 */
public abstract class UnknownPartException extends DomainException {

    private final String field;

    protected UnknownPartException(String code, String field, String message) {
        super(code, message);
        this.field = field;
    }

    /** The request's field that named the part. */
    public String field() {
        return field;
    }
}
