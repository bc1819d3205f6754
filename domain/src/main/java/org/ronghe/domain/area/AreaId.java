package org.ronghe.domain.area;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.ronghe.domain.shared.InvalidValueException;

public record AreaId(UUID value) implements Identifier {

    public AreaId {
        Objects.requireNonNull(value, "value");
    }

    public static AreaId parse(String field, String text) {
        try {
            return new AreaId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not a valid area id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
