package org.ronghe.domain.area;

/**
 * Answers whether an area of the layout already bears a name that compares equal (the same
 * {@link org.ronghe.domain.shared.Text#key(String) key}). The application backs it with a look-up.
 */
@FunctionalInterface
public interface AreaNames {

    boolean isTaken(String nameKey);

    /** For the first area, or in tests. */
    static AreaNames none() {
        return key -> false;
    }
}
