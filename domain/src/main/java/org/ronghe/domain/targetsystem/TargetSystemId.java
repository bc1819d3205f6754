package org.ronghe.domain.targetsystem;

import java.util.Objects;
import java.util.UUID;

import org.ronghe.domain.shared.Uuids;

import org.jmolecules.ddd.types.Identifier;

public record TargetSystemId(UUID value) implements Identifier {

    public TargetSystemId {
        Objects.requireNonNull(value, "value");
    }

    public static TargetSystemId parse(String field, String text) {
        return new TargetSystemId(Uuids.parse(field, text, "target system"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
