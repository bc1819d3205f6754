package org.ronghe.application.activity.port.in;

import org.ronghe.domain.activity.ActivityId;

/** Withdraw an activity recorded in error, at the version the caller saw. */
public record WithdrawActivityCommand(ActivityId id, long expectedVersion, String reason) {
}
