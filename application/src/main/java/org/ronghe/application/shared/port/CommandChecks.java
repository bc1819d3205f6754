package org.ronghe.application.shared.port;

import org.ronghe.domain.shared.Violations;

/**
 * What every change to a stored aggregate names: the aggregate, and the version the caller read it at
 * (a plain number here; the HTTP adapter carries it in {@code If-Match}).
 */
public final class CommandChecks {

    private CommandChecks() {
    }

    public static void target(Violations violations, Object id, long expectedVersion) {
        if (id == null) {
            violations.add("id", "is required");
        }
        version(violations, expectedVersion);
    }

    public static void version(Violations violations, long expectedVersion) {
        if (expectedVersion < 1) {
            violations.add("expectedVersion", "must be a stored version (1 or more)");
        }
    }

    /** The violations of a change's target, to which the change adds its own. */
    public static Violations target(Object id, long expectedVersion) {
        var violations = new Violations();
        target(violations, id, expectedVersion);
        return violations;
    }

    /** Records "is required" for each value that is missing; values come in pairs of field name and value. */
    public static Violations required(Violations violations, Object... fieldsAndValues) {
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] == null) {
                violations.add((String) fieldsAndValues[i], "is required");
            }
        }
        return violations;
    }
}
