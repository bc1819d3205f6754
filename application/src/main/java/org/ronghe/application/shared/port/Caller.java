package org.ronghe.application.shared.port;

import java.util.Objects;

import org.ronghe.domain.access.Actor;
import org.ronghe.domain.access.ApiTokenId;

/**
 * Who calls a use case and in which request: every write is authorized against {@link #actor()}
 * and leaves an audit entry naming the token and the request id.
 *
 * @param token the authenticating token, or null when the system itself acts
 */
public record Caller(Actor actor, ApiTokenId token, String requestId) {

    public Caller {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(requestId, "requestId");
    }

    /** The system itself (data set loading, first start), outside any request. */
    public static Caller system(String purpose) {
        return new Caller(Actor.system(), null, purpose);
    }
}
