package org.ronghe.domain.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Rules every free-text value of the model shares: Unicode-canonical (NFC), without invisible format
 * characters, trimmed, bounded, no control characters, no unpaired surrogates. Full-width punctuation
 * such as （） stays as typed: Chinese names use it. Names compare by {@link #key(String)}, which folds
 * what looks alike.
 */
public final class Text {

    private Text() {
    }

    /** A required text: cleaned as {@link #optional}, then 1 to {@code maxCodePoints} characters. */
    public static String required(String field, String value, int maxCodePoints) {
        String cleaned = optional(field, value, maxCodePoints);
        if (cleaned == null) {
            throw new InvalidValueException(field, "is required");
        }
        return cleaned;
    }

    /**
     * An optional text: unpaired surrogates refused (they are no characters, and storage would mangle
     * them); NFC; format characters that show nothing removed (zero-width space U+200B, byte order mark
     * U+FEFF, bidirectional overrides such as U+202E, soft hyphen...), except the zero-width joiners
     * that build emoji and some scripts; trimmed; blank becomes null; otherwise bounded and free of
     * control characters.
     */
    public static String optional(String field, String value, int maxCodePoints) {
        if (value == null) {
            return null;
        }
        requireWellFormed(field, value);
        String cleaned = removeInvisible(Normalizer.normalize(value, Normalizer.Form.NFC), false).strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length > maxCodePoints) {
            throw new InvalidValueException(field, "must be at most " + maxCodePoints + " characters, was " + length);
        }
        // Control characters (CR, LF, NUL, ...) have no place in a name and could forge log lines.
        if (cleaned.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(field, "must not contain control characters");
        }
        return cleaned;
    }

    /**
     * The comparison key of a name: compatibility-normalized (NFKC: full-width and half-width forms
     * alike), case-folded, without white space or anything invisible (joiners and variation selectors
     * too), so that "北管村", "北管村 ", "北管 村" and "北管\u200B村" count as the same name.
     */
    public static String key(String name) {
        String normalized = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return removeInvisible(normalized, true).replaceAll("\\s+", "");
    }

    private static void requireWellFormed(String field, String value) {
        // by code point, so that a pair is one step and a lone half of one is a code point of its own
        int index = 0;
        while (index < value.length()) {
            int codePoint = value.codePointAt(index);
            if (Character.getType(codePoint) == Character.SURROGATE) {
                throw new InvalidValueException(field, "holds an unpaired UTF-16 surrogate (U+"
                        + Integer.toHexString(codePoint).toUpperCase(Locale.ROOT) + " at " + index + "): not a character");
            }
            index += Character.charCount(codePoint);
        }
    }

    private static String removeInvisible(String text, boolean joinersToo) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isInvisible(c, joinersToo)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isInvisible(int codePoint, boolean joinersToo) {
        if (codePoint == 0x200C || codePoint == 0x200D) {
            return joinersToo;
        }
        if (Character.getType(codePoint) == Character.FORMAT) {
            return true;
        }
        return joinersToo && (codePoint == 0x034F || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF) || codePoint == 0x115F || codePoint == 0x1160
                || codePoint == 0x3164 || codePoint == 0xFFA0);
    }
}
