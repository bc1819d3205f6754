package org.ronghe.application.access.service;

import org.ronghe.application.shared.port.out.Clock;
import org.ronghe.application.access.port.in.Authenticated;
import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.domain.access.AuthenticationFailedException;
import org.ronghe.domain.access.SecretHash;

/**
 * Looks the token up by the hash of the presented secret, through a short-lived {@link TokenCache}: a
 * revocation takes effect on the very next request on the node that made it, and within the cache's
 * time to live on the others (docs/adr/0008).
 */
public record AuthenticationService(ApiTokens tokens, TokenCache cache, Clock clock) {

    private static final int MAX_SECRET_LENGTH = 512;

    public Authenticated authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new AuthenticationFailedException("no bearer token");
        }
        if (secret.length() > MAX_SECRET_LENGTH) {
            throw new AuthenticationFailedException("bearer token too long");
        }
        var hash = SecretHash.of(secret);
        var now = clock.now();
        var cached = cache.get(hash);
        if (cached != null) {
            if (!cached.isValidAt(now)) {
                throw new AuthenticationFailedException("expired session " + cached.token());
            }
            return cached;
        }
        var token = tokens.findBySecretHash(hash)
                .orElseThrow(() -> new AuthenticationFailedException("unknown token"));
        if (!token.isActive()) {
            throw new AuthenticationFailedException("revoked token " + token.getId());
        }
        if (!token.isActiveAt(now)) {
            throw new AuthenticationFailedException("expired session " + token.getId());
        }
        var authenticated = new Authenticated(token.getId(), token.actor(), token.expiresAt());
        cache.put(hash, authenticated);
        return authenticated;
    }
}
