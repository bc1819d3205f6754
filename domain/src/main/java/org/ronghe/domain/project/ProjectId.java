package org.ronghe.domain.project;

import java.util.Objects;
import java.util.UUID;

import org.ronghe.domain.shared.Uuids;

import org.jmolecules.ddd.types.Identifier;

public record ProjectId(UUID value) implements Identifier {

    public ProjectId {
        Objects.requireNonNull(value, "value");
    }

    public static ProjectId parse(String field, String text) {
        return new ProjectId(Uuids.parse(field, text, "project"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
