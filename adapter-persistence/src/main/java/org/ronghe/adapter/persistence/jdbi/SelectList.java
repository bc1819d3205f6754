package org.ronghe.adapter.persistence.jdbi;

import java.util.List;

/**
 * A query's select list and each column's position in it, so that a row is read by position: H2 upper-cases
 * and hashes a column's name on every read by name (about a tenth of an authenticated GET's CPU went to it,
 * reading the fifteen organizations a committee names).
 */
final class SelectList {

    private final List<String> columns;

    private SelectList(List<String> columns) {
        this.columns = columns;
    }

    static SelectList of(String... columns) {
        return new SelectList(List.of(columns));
    }

    /** The columns for a SELECT, in their order. */
    String sql() {
        return String.join(", ", columns);
    }

    /** The JDBC position (from 1) of a column of the list. */
    int at(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException(column + " is not selected: " + columns);
        }
        return index + 1;
    }
}
