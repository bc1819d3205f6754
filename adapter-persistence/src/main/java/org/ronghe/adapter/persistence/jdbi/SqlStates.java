package org.ronghe.adapter.persistence.jdbi;

import java.sql.SQLException;

/** Reads SQL states portably: H2 and PostgreSQL both say 23505 for a unique-key violation. */
final class SqlStates {

    private static final String UNIQUE_VIOLATION = "23505";

    /** H2 and PostgreSQL: serialization failure / deadlock / lock time-out while two writers race. */
    private static final java.util.Set<String> LOCK_CONFLICTS = java.util.Set.of("40001", "40P01", "HYT00", "55P03");

    private SqlStates() {
    }

    static boolean isUniqueViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static boolean isLockConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && LOCK_CONFLICTS.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the error, or one of its causes, names the constraint (H2 spells it in upper case). */
    static boolean names(Throwable error, String constraint) {
        String wanted = constraint.toLowerCase(java.util.Locale.ROOT);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
