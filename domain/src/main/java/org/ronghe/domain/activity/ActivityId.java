package org.ronghe.domain.activity;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.ronghe.domain.shared.InvalidValueException;

public record ActivityId(UUID value) implements Identifier {

    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    public static ActivityId parse(String field, String text) {
        try {
            return new ActivityId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not a valid activity id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
