package org.ronghe.application.access.port.in;

import org.ronghe.application.shared.port.Caller;

/** Revoke an API token (ADMIN only): it fails from the very next request on. */
public interface RevokeTokenUseCase {

    TokenView revoke(Caller caller, RevokeTokenCommand command);
}
