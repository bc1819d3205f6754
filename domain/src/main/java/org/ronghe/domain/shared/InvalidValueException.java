package org.ronghe.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/** One or more values cannot be accepted at all (missing, too long, of an unknown kind, ...). */
public final class InvalidValueException extends DomainException {

    private final List<FieldViolation> violations;

    public InvalidValueException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public InvalidValueException(List<FieldViolation> violations) {
        super("invalid-value", violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid value needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
