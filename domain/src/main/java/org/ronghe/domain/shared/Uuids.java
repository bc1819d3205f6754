package org.ronghe.domain.shared;

import java.util.UUID;

/** Reads the text form of an aggregate's id (a UUID), one way for every kind of id. */
public final class Uuids {

    private Uuids() {
    }

    /**
     * @param what the kind of id, for the problem ("area" gives "is not a valid area id")
     * @throws InvalidValueException if the text is missing or not a UUID
     */
    public static UUID parse(String field, String text, String what) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not a valid " + what + " id");
        }
    }

    /** The same, where a missing or blank text is refused as missing ("is required") rather than as malformed. */
    public static UUID parseRequired(String field, String text, String what) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        return parse(field, text, what);
    }
}
