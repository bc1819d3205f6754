package org.ronghe.domain.organization;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.Text;

/**
 * The names of an organization: the Chinese name is the official one and required; the English
 * name is optional. Both are trimmed and at most {@value #MAX_LENGTH} characters long.
 */
public record OrganizationName(String zh, String en) implements ValueObject {

    public static final int MAX_LENGTH = 200;

    public OrganizationName {
        zh = Text.required("name", zh, MAX_LENGTH);
        en = Text.optional("nameEn", en, MAX_LENGTH);
    }

    public static OrganizationName of(String zh, String en) {
        return new OrganizationName(zh, en);
    }

    public static OrganizationName of(String zh) {
        return new OrganizationName(zh, null);
    }

    /** The key under which sibling names must be unique (see {@link Text#key(String)}). */
    public String key() {
        return Text.key(zh);
    }
}
