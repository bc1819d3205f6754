package org.ronghe.domain.task;

import java.util.Objects;
import java.util.UUID;

import org.ronghe.domain.shared.Uuids;

import org.jmolecules.ddd.types.Identifier;

public record TaskId(UUID value) implements Identifier {

    public TaskId {
        Objects.requireNonNull(value, "value");
    }

    public static TaskId parse(String field, String text) {
        return new TaskId(Uuids.parse(field, text, "task"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
