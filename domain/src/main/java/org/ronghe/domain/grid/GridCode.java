package org.ronghe.domain.grid;

import java.util.regex.Pattern;

import org.jmolecules.ddd.types.ValueObject;
import org.ronghe.domain.shared.InvalidValueException;

/**
 * A grid's stable code: the town's code, the level's letter and a serial ({@code NX-A02}, {@code NX-V017},
 * {@code NX-M0153}). People say and write it; it never changes and is never given to another grid.
 */
public record GridCode(String value) implements ValueObject {

    private static final Pattern FORM = Pattern.compile("([A-Z][A-Z0-9]{1,11})-([AVM])([0-9]{2,5})");

    public GridCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValueException("code", "must be the town's code, a hyphen, A, V or M and a serial of 2 to 5"
                    + " digits, e.g. NX-V017");
        }
    }

    public static GridCode parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        String value = text.strip();
        if (!FORM.matcher(value).matches()) {
            throw new InvalidValueException(field, "must be the town's code, a hyphen, A, V or M and a serial of 2 to 5"
                    + " digits, e.g. NX-V017; was " + value);
        }
        return new GridCode(value);
    }

    /** The code of the town whose plan the grid belongs to. */
    public String townCode() {
        return value.substring(0, value.indexOf('-'));
    }

    public GridLevel level() {
        return GridLevel.ofLetter(value.charAt(value.indexOf('-') + 1));
    }

    @Override
    public String toString() {
        return value;
    }
}
