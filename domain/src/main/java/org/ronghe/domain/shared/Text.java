package org.ronghe.domain.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Rules every free-text value of the model shares: trimmed, bounded, no control characters. */
public final class Text {

    private Text() {
    }

    /** A required text: trimmed, 1 to {@code maxCodePoints} characters, no control characters. */
    public static String required(String field, String value, int maxCodePoints) {
        String trimmed = optional(field, value, maxCodePoints);
        if (trimmed == null) {
            throw new InvalidValueException(field, "is required");
        }
        return trimmed;
    }

    /** An optional text: trimmed; blank becomes null; otherwise bounded and free of control characters. */
    public static String optional(String field, String value, int maxCodePoints) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > maxCodePoints) {
            throw new InvalidValueException(field, "must be at most " + maxCodePoints + " characters, was " + length);
        }
        // Control characters (CR, LF, NUL, ...) have no place in a name and could forge log lines.
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, "must not contain control characters");
        }
        return trimmed;
    }

    /**
     * The comparison key of a name: compatibility-normalized, case-folded, inner white space removed,
     * so that "北管村", "北管村 " and "北管 村" count as the same name.
     */
    public static String key(String name) {
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return normalized.replaceAll("\\s+", "");
    }
}
