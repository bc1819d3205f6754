package org.ronghe.application.access.port.in;

import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.shared.InvalidValueException;

public record RevokeTokenCommand(ApiTokenId id, long expectedVersion) {

    public RevokeTokenCommand {
        if (id == null) {
            throw new InvalidValueException("id", "is required");
        }
        if (expectedVersion < 1) {
            throw new InvalidValueException("expectedVersion", "must be a stored version (1 or more)");
        }
    }
}
