package org.ronghe.domain.committee;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.Text;

/** Who chairs a committee: a name and a position, and deliberately no other personal data. */
public record Chair(String name, String position) implements ValueObject {

    public Chair {
        name = Text.required("chair.name", name, 100);
        position = Text.required("chair.position", position, 200);
    }
}
