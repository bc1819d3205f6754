package org.ronghe.application.access.port.in;

import org.ronghe.domain.access.Actor;
import org.ronghe.domain.access.ApiTokenId;

/** Who presented a bearer secret: the token and the actor it acts as. */
public record Authenticated(ApiTokenId token, Actor actor) {
}
