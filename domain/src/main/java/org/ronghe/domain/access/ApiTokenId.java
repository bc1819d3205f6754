package org.ronghe.domain.access;

import java.util.Objects;
import java.util.UUID;

import org.ronghe.domain.shared.Uuids;

import org.jmolecules.ddd.types.Identifier;

public record ApiTokenId(UUID value) implements Identifier {

    public ApiTokenId {
        Objects.requireNonNull(value, "value");
    }

    public static ApiTokenId parse(String field, String text) {
        return new ApiTokenId(Uuids.parse(field, text, "token"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
