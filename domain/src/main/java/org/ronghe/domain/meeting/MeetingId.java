package org.ronghe.domain.meeting;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.ronghe.domain.shared.InvalidValueException;

public record MeetingId(UUID value) implements Identifier {

    public MeetingId {
        Objects.requireNonNull(value, "value");
    }

    public static MeetingId parse(String field, String text) {
        try {
            return new MeetingId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not a valid meeting id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
