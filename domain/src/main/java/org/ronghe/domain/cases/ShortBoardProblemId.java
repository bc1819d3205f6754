package org.ronghe.domain.cases;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;
import org.ronghe.domain.shared.Uuids;

/** The identity of one short-board problem raised from the cases. */
public record ShortBoardProblemId(UUID value) implements Identifier {

    public ShortBoardProblemId {
        Objects.requireNonNull(value, "value");
    }

    public static ShortBoardProblemId parse(String field, String text) {
        return new ShortBoardProblemId(Uuids.parse(field, text, "short-board problem"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
