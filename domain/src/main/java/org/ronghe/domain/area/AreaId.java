package org.ronghe.domain.area;

import java.util.Objects;
import java.util.UUID;

import org.ronghe.domain.shared.Uuids;

import org.jmolecules.ddd.types.Identifier;

public record AreaId(UUID value) implements Identifier {

    public AreaId {
        Objects.requireNonNull(value, "value");
    }

    public static AreaId parse(String field, String text) {
        return new AreaId(Uuids.parse(field, text, "area"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
