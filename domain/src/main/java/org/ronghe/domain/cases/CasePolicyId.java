package org.ronghe.domain.cases;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.ronghe.domain.shared.Uuids;

/** The identity of one case policy. */
public record CasePolicyId(UUID value) implements Identifier {

    public CasePolicyId {
        Objects.requireNonNull(value, "value");
    }

    public static CasePolicyId parse(String field, String text) {
        return new CasePolicyId(Uuids.parse(field, text, "case policy"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
