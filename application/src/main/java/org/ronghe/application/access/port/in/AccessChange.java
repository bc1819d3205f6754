package org.ronghe.application.access.port.in;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.shared.Violations;

/** A change to an issued token, based on the version the caller read. */
public sealed interface AccessChange {

    ApiTokenId id();

    long expectedVersion();

    /** Sign out: the caller's own console session ends, and fails from the very next request on. */
    record EndSession(ApiTokenId id, long expectedVersion) implements AccessChange {
        public EndSession {
            var violations = new Violations();
            CommandChecks.target(violations, id, expectedVersion);
            violations.throwIfAny();
        }
    }

    /** Revoke the token: it fails from the very next request on. */
    record Revoke(ApiTokenId id, long expectedVersion) implements AccessChange {
        public Revoke {
            var violations = new Violations();
            CommandChecks.target(violations, id, expectedVersion);
            violations.throwIfAny();
        }
    }
}
