package org.ronghe.domain.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads an enum constant by its exact name; anything else is an invalid value that lists the names. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        // as documented (upper case), or in another case: "active" is no other value than ACTIVE
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text.strip())) {
                return constant;
            }
        }
        throw new InvalidValueException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }
}
