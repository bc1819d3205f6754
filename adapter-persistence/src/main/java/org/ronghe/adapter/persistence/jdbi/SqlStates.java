package org.ronghe.adapter.persistence.jdbi;

import java.sql.SQLException;

/** Reads SQL states portably: H2 and PostgreSQL both say 23505 for a unique-key violation. */
final class SqlStates {

    private static final String UNIQUE_VIOLATION = "23505";

    /** H2 and PostgreSQL: serialization failure / deadlock / lock time-out while two writers race. */
    private static final java.util.Set<String> LOCK_CONFLICTS = java.util.Set.of("40001", "40P01", "HYT00", "55P03");

    /** PostgreSQL: admin shutdown, crash shutdown, cannot connect now. */
    private static final java.util.Set<String> UNAVAILABLE = java.util.Set.of("57P01", "57P02", "57P03");

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

    /**
     * Whether the store could not be reached: a connection failed or was cut (SQL state class 08),
     * PostgreSQL is shutting down or starting up (57P01-57P03), or no connection came in time.
     */
    static boolean isUnavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof org.jdbi.v3.core.ConnectionException || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE.contains(sql.getSQLState()))) {
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
