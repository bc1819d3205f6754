package org.ronghe.application.activity.port.in;

import org.ronghe.application.shared.port.CommandChecks;
import org.ronghe.domain.activity.ActivityId;

/** A change to a recorded co-work activity, based on the version the caller read. */
public sealed interface ActivityChange {

    ActivityId id();

    long expectedVersion();

    /** Withdraw an activity recorded in error. */
    record Withdraw(ActivityId id, long expectedVersion, String reason) implements ActivityChange {
        public Withdraw {
            CommandChecks.target(id, expectedVersion).throwIfAny();
        }
    }
}
