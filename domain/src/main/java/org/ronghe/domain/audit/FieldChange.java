package org.ronghe.domain.audit;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/** One field a write changed, with its value before and after (null: none). */
public record FieldChange(String field, String oldValue, String newValue) implements ValueObject {

    public FieldChange {
        Objects.requireNonNull(field, "field");
    }
}
