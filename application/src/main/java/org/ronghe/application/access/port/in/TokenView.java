package org.ronghe.application.access.port.in;

import java.time.Instant;

import org.ronghe.domain.access.ApiToken;
import org.ronghe.domain.access.ApiTokenId;
import org.ronghe.domain.access.Role;
import org.ronghe.domain.organization.OrganizationId;

/** What callers see of a token: never its secret nor its hash. */
public record TokenView(ApiTokenId id, OrganizationId organizationId, Role role, String label, Instant issuedAt,
        Instant revokedAt, Instant expiresAt, long version) {

    public static TokenView of(ApiToken token) {
        return new TokenView(token.getId(), token.organization(), token.role(), token.label(), token.issuedAt(),
                token.revokedAt(), token.expiresAt(), token.version());
    }

    /** A console session (it expires) rather than an API token. */
    public boolean session() {
        return expiresAt != null;
    }

    public boolean active() {
        return revokedAt == null;
    }
}
