package org.ronghe.domain.grid;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.ronghe.domain.shared.Uuids;

/** The identity of one town's grid plan. */
public record GridPlanId(UUID value) implements Identifier {

    public GridPlanId {
        Objects.requireNonNull(value, "value");
    }

    public static GridPlanId parse(String field, String text) {
        return new GridPlanId(Uuids.parse(field, text, "grid plan"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
