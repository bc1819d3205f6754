package org.ronghe.domain.committee;

import java.util.Objects;
import java.util.UUID;

import org.ronghe.domain.shared.Uuids;

import org.jmolecules.ddd.types.Identifier;

public record CommitteeId(UUID value) implements Identifier {

    public CommitteeId {
        Objects.requireNonNull(value, "value");
    }

    public static CommitteeId parse(String field, String text) {
        return new CommitteeId(Uuids.parse(field, text, "committee"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
