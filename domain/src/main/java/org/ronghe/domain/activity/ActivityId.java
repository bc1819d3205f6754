package org.ronghe.domain.activity;

import java.util.Objects;
import java.util.UUID;

import org.ronghe.domain.shared.Uuids;

import org.jmolecules.ddd.types.Identifier;

public record ActivityId(UUID value) implements Identifier {

    public ActivityId {
        Objects.requireNonNull(value, "value");
    }

    public static ActivityId parse(String field, String text) {
        return new ActivityId(Uuids.parse(field, text, "activity"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
