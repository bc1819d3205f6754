package org.ronghe.domain.shared;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A search by name as a person types it ({@code q=} on a list): a name matches when its comparison key
 * ({@link Text#key}) contains the search's key, so that case, full-width forms and spaces do not matter
 * ("北管 村" finds 北管村, "ZHENXIN" finds Zhenxin).
 */
public record NameSearch(String text) implements ValueObject {

    /** Names are short: a search longer than this is no name. */
    public static final int MAX_LENGTH = 100;

    public NameSearch {
        text = Text.required("q", text, MAX_LENGTH);
        if (Text.key(text).isEmpty()) {
            throw new InvalidValueException("q", "has nothing to search for");
        }
    }

    /** The search a parameter asks for, or null when it is absent or blank (no search: every name). */
    public static NameSearch parse(String text) {
        return Text.optional("q", text, MAX_LENGTH) == null ? null : new NameSearch(text);
    }

    /** What a stored name key must contain to match. */
    public String key() {
        return Text.key(text);
    }

    /** Whether any of the names (a missing one matches nothing) contains the search. */
    public boolean matches(String... names) {
        String key = key();
        for (String name : names) {
            if (name != null && Text.key(name).contains(key)) {
                return true;
            }
        }
        return false;
    }
}
