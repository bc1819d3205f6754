package org.ronghe.domain.task;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.ronghe.domain.shared.InvalidValueException;

public record TaskId(UUID value) implements Identifier {

    public TaskId {
        Objects.requireNonNull(value, "value");
    }

    public static TaskId parse(String field, String text) {
        try {
            return new TaskId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not a valid task id");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
