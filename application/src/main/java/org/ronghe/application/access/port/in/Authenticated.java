package org.ronghe.application.access.port.in;

import org.ronghe.domain.access.Actor;
import org.ronghe.domain.access.ApiTokenId;

/** Who presented a bearer secret: the token and the actor it acts as, until when (null: an API token, no end). */
public record Authenticated(ApiTokenId token, Actor actor, java.time.Instant expiresAt) {

    public Authenticated(ApiTokenId token, Actor actor) {
        this(token, actor, null);
    }

    /** Whether it still lets its holder in at {@code now}. */
    public boolean isValidAt(java.time.Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }
}
