package org.ronghe.adapter.http.support;

import java.util.Locale;
import java.util.Set;

import org.ronghe.application.access.port.in.AccessQueries;
import org.ronghe.application.access.port.in.Authenticated;
import org.ronghe.application.shared.port.Caller;
import org.ronghe.domain.access.AccessDeniedException;
import org.ronghe.domain.access.AuthenticationFailedException;

import io.javalin.http.Context;

/**
 * Runs before every matched route: public routes pass; any other needs {@code Authorization:
 * Bearer <secret>} (never a token in the query string), a role the route admits, and room in the
 * token's rate limit. The caller found is kept on the request for the route and the audit trail.
 */
public final class Security {

    /** Query parameters that would carry a credential in the URL, where proxies and logs keep it. */
    private static final Set<String> CREDENTIAL_PARAMETERS = Set.of("access_token", "token", "api_key", "apikey",
            "bearer", "auth", "authorization");

    private final AccessQueries authenticate;
    private final RateLimiter rateLimiter;
    private final FailedAuthentications failures;

    /**
     * @param rateLimiter requests per token (null: no limit)
     * @param failures failed authentications per client address (null: no limit)
     */
    public Security(AccessQueries authenticate, RateLimiter rateLimiter, FailedAuthentications failures) {
        this.authenticate = authenticate;
        this.rateLimiter = rateLimiter;
        this.failures = failures;
    }

    /** Where a route that checks its own credential finds how to count a failure against the address. */
    private static final String FAILED_AUTHENTICATION = "ronghe.failedAuthentication";

    /** A route that checks its sender's credential itself found it wrong: the address's failures count it. */
    public static void failedAuthentication(Context ctx) {
        if (ctx.attribute(FAILED_AUTHENTICATION) instanceof Runnable count) {
            count.run();
        }
    }

    public void check(Context ctx) {
        Set<?> roles = ctx.routeRoles();
        if (roles.contains(ApiRole.PUBLIC)) {
            return;
        }
        ctx.header("Cache-Control", "no-store");
        if (failures != null) {
            long blocked = failures.blockedFor(ctx.ip());
            if (blocked > 0) {
                throw new TooManyFailedAuthenticationsException(blocked);
            }
        }
        if (roles.contains(ApiRole.SIGNED)) {
            // the route checks its sender's credential itself, and tells of a failure (failedAuthentication)
            if (failures != null) {
                ctx.attribute(FAILED_AUTHENTICATION, (Runnable) () -> failures.failed(ctx.ip()));
            }
            return;
        }
        Authenticated authenticated;
        try {
            authenticated = authenticateCaller(ctx);
        } catch (AuthenticationFailedException e) {
            if (failures != null) {
                failures.failed(ctx.ip());
            }
            throw e;
        }
        var caller = new Caller(authenticated.actor(), authenticated.token(), RequestIds.of(ctx));
        ctx.attribute(Callers.ATTRIBUTE, caller);
        if (!roles.contains(ApiRole.of(caller.actor().role()))) {
            throw new AccessDeniedException("this route is not open to the role " + caller.actor().role());
        }
        if (rateLimiter != null) {
            long retryAfter = rateLimiter.acquire(authenticated.token());
            if (retryAfter > 0) {
                throw new RateLimitedException(retryAfter);
            }
        }
    }

    private Authenticated authenticateCaller(Context ctx) {
        for (String parameter : ctx.queryParamMap().keySet()) {
            if (CREDENTIAL_PARAMETERS.contains(parameter.toLowerCase(Locale.ROOT))) {
                throw new AuthenticationFailedException("credential in the query string");
            }
        }
        return authenticate.authenticate(bearerSecret(ctx));
    }

    private static String bearerSecret(Context ctx) {
        return bearerSecret(ctx.header("Authorization"));
    }

    /** The secret of {@code Bearer <secret>}, the scheme in any case, spaces around it ignored. */
    static String bearerSecret(String header) {
        if (header == null || header.isBlank()) {
            throw new AuthenticationFailedException("no Authorization header");
        }
        // Parsed by hand rather than split on a regular expression: this runs on every request.
        String value = header.strip();
        int space = 0;
        while (space < value.length() && !Character.isWhitespace(value.charAt(space))) {
            space++;
        }
        if (space != 6 || space == value.length() || !value.regionMatches(true, 0, "Bearer", 0, 6)) {
            throw new AuthenticationFailedException("Authorization is not a bearer token");
        }
        return value.substring(space).strip();
    }
}
