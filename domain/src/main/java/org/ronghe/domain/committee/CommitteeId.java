package org.ronghe.domain.committee;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.ronghe.domain.shared.InvalidValueException;

public record CommitteeId(UUID value) implements Identifier {

    public CommitteeId {
        Objects.requireNonNull(value, "value");
    }

    public static CommitteeId parse(String field, String text) {
        try {
            return new CommitteeId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not a valid committee id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
