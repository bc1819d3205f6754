package org.ronghe.application.shared.port;

import org.ronghe.domain.shared.Violations;

/** Which page of a listing to return: pages count from 1; a page holds 1 to {@value #MAX_SIZE} items. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Keeps offsets far from overflow and deep scans away. */
    public static final int MAX_PAGE = 100_000;

    public PageRequest {
        var violations = new Violations();
        if (page < 1 || page > MAX_PAGE) {
            violations.add("page", "must be between 1 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add("size", "must be between 1 and " + MAX_SIZE);
        }
        violations.throwIfAny();
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
