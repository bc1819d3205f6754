package org.ronghe.application.access.service;

import org.ronghe.application.access.port.in.AuthenticateUseCase;
import org.ronghe.application.access.port.out.ApiTokens;
import org.ronghe.domain.access.AuthenticationFailedException;
import org.ronghe.domain.access.SecretHash;

/**
 * Looks the token up by the hash of the presented secret on every request, so a revocation takes
 * effect on the very next request, on every server node.
 */
public final class AuthenticationService implements AuthenticateUseCase {

    private static final int MAX_SECRET_LENGTH = 512;

    private final ApiTokens tokens;

    public AuthenticationService(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authenticated authenticate(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new AuthenticationFailedException("no bearer token");
        }
        if (secret.length() > MAX_SECRET_LENGTH) {
            throw new AuthenticationFailedException("bearer token too long");
        }
        var token = tokens.findBySecretHash(SecretHash.of(secret))
                .orElseThrow(() -> new AuthenticationFailedException("unknown token"));
        if (!token.isActive()) {
            throw new AuthenticationFailedException("revoked token " + token.getId());
        }
        return new Authenticated(token.getId(), token.actor());
    }
}
