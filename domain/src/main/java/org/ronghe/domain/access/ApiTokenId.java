package org.ronghe.domain.access;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.ronghe.domain.shared.InvalidValueException;

public record ApiTokenId(UUID value) implements Identifier {

    public ApiTokenId {
        Objects.requireNonNull(value, "value");
    }

    public static ApiTokenId parse(String field, String text) {
        try {
            return new ApiTokenId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not a valid token id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
