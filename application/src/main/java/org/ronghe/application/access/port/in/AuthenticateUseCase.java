package org.ronghe.application.access.port.in;

import org.ronghe.domain.access.Actor;
import org.ronghe.domain.access.ApiTokenId;

/** Find out who presents a bearer secret. */
public interface AuthenticateUseCase {

    record Authenticated(ApiTokenId token, Actor actor) {
    }

    /** @throws org.ronghe.domain.access.AuthenticationFailedException for an unknown or revoked secret */
    Authenticated authenticate(String secret);
}
