package org.ronghe.domain.shared;

import java.util.Objects;

/** One input field that does not hold a valid value, and why, in words a user can act on. */
public record FieldViolation(String field, String message) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
