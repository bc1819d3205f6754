package org.ronghe.adapter.persistence.jdbi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A WHERE clause (empty when there is no condition) and the arguments its conditions name. */
record SqlWhere(String sql, Map<String, Object> arguments) {

    /** A filter's conditions, each taken only when the criterion it reads is given. */
    static Filter filter() {
        return new Filter();
    }

    static final class Filter {

        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> arguments = new LinkedHashMap<>();

        private Filter() {
        }

        /** {@code condition}, which names {@code :name}, bound to what {@code bound} makes of {@code value}, if given. */
        <T> Filter when(T value, String condition, String name, Function<? super T, ?> bound) {
            if (value != null) {
                conditions.add(condition);
                arguments.put(name, bound.apply(value));
            }
            return this;
        }

        /** The condition {@code condition} makes of {@code value}, naming no argument, if {@code value} is given. */
        <T> Filter when(T value, Function<? super T, String> condition) {
            if (value != null) {
                conditions.add(condition.apply(value));
            }
            return this;
        }

        /** {@code condition}, which names no argument, if {@code holds}. */
        Filter when(boolean holds, String condition) {
            if (holds) {
                conditions.add(condition);
            }
            return this;
        }

        SqlWhere build() {
            return new SqlWhere(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), arguments);
        }
    }
}
