package org.ronghe.domain.targetsystem;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.ronghe.domain.shared.InvalidValueException;

public record TargetSystemId(UUID value) implements Identifier {

    public TargetSystemId {
        Objects.requireNonNull(value, "value");
    }

    public static TargetSystemId parse(String field, String text) {
        try {
            return new TargetSystemId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not a valid target system id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
