package org.ronghe.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects field violations so that a caller learns about every bad field at once, not one per try.
 *
 * <pre>{@code
 * var violations = new Violations();
 * var kind = violations.check(() -> OrganizationKind.parse(rawKind));
 * var name = violations.check(() -> OrganizationName.of(rawName, rawNameEn));
 * violations.throwIfAny();
 * }</pre>
 */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    /**
     * Runs a parse; on {@link InvalidValueException} records its violations (with the field names
     * the parser gave) and returns null.
     */
    public <T> T check(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            found.addAll(e.violations());
            return null;
        }
    }

    public void add(String field, String message) {
        found.add(new FieldViolation(field, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** How many violations were found so far (a reader tells whether its own part added any). */
    public int size() {
        return found.size();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidValueException(found);
        }
    }
}
