package org.ronghe.application.organization.port.in;

import org.ronghe.domain.shared.InvalidValueException;

/** Checks shared by every change: it names the aggregate and the version it was based on. */
final class VersionedChange {

    private VersionedChange() {
    }

    static void check(Object id, long expectedVersion) {
        if (id == null) {
            throw new InvalidValueException("id", "is required");
        }
        if (expectedVersion < 1) {
            throw new InvalidValueException("expectedVersion", "must be a stored version (1 or more)");
        }
    }
}
