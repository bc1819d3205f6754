package org.ronghe.domain.cases;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.ronghe.domain.shared.Uuids;

/** The identity of one case. */
public record CaseId(UUID value) implements Identifier {

    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId parse(String field, String text) {
        return new CaseId(Uuids.parse(field, text, "case"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
