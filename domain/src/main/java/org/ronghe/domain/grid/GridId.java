package org.ronghe.domain.grid;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.ronghe.domain.shared.Uuids;

/** A grid's identity: it stays when the grid's territory, name or responsible organization change. */
public record GridId(UUID value) implements Identifier {

    public GridId {
        Objects.requireNonNull(value, "value");
    }

    public static GridId parse(String field, String text) {
        return new GridId(Uuids.parse(field, text, "grid"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
