package org.ronghe.domain.shared;

import org.jmolecules.ddd.types.ValueObject;

/** A name in Chinese (required, the official one) and English (optional), each at most 200 characters. */
public record BilingualName(String zh, String en) implements ValueObject {

    public static final int MAX_LENGTH = 200;

    public BilingualName {
        zh = Text.required("name", zh, MAX_LENGTH);
        en = Text.optional("nameEn", en, MAX_LENGTH);
    }

    public static BilingualName of(String zh, String en) {
        return new BilingualName(zh, en);
    }
}
