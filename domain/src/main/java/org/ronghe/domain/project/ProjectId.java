package org.ronghe.domain.project;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.ronghe.domain.shared.InvalidValueException;

public record ProjectId(UUID value) implements Identifier {

    public ProjectId {
        Objects.requireNonNull(value, "value");
    }

    public static ProjectId parse(String field, String text) {
        try {
            return new ProjectId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not a valid project id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
