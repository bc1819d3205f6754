package org.ronghe.domain.organization;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.Text;

/** The territory an organization answers for, in words (e.g. 嘉定区, 南翔镇). */
public record Jurisdiction(String name) implements ValueObject {

    public static final int MAX_LENGTH = 200;

    public Jurisdiction {
        name = Text.required("jurisdiction", name, MAX_LENGTH);
    }

    /** Null or blank text means "no jurisdiction given". */
    public static Jurisdiction ofNullable(String text) {
        return Text.optional("jurisdiction", text, MAX_LENGTH) == null ? null : new Jurisdiction(text);
    }
}
