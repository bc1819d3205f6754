package org.ronghe.adapter.persistence.jdbi;

import java.util.List;
import java.util.Map;

/** A WHERE clause (empty when there is no condition) and the arguments its conditions name. */
record SqlWhere(String sql, Map<String, Object> arguments) {

    static SqlWhere of(List<String> conditions, Map<String, Object> arguments) {
        return new SqlWhere(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), arguments);
    }
}
