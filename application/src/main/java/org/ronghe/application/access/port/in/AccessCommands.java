package org.ronghe.application.access.port.in;

import org.ronghe.application.shared.port.Caller;

/** Every write to API tokens: issue (ADMIN only), change (revoke), and the two ways in for operators of the server. */
public interface AccessCommands {

    /** Minimum length of a bootstrap secret: 32 characters. */
    int MIN_SECRET_LENGTH = 32;

    /** Issue a token for an organization's operators or readers; its secret is returned this once. */
    IssuedToken issue(Caller caller, IssueTokenCommand command);

    /** Revoke a token (ADMIN), or end the caller's own console session (its holder). */
    TokenView change(Caller caller, AccessChange change);

    /**
     * Signing in to the console: a session acting as the API token whose secret is presented, for
     * {@code lifetime} at most; its own secret is returned this once (the console keeps it in a cookie).
     * One audit entry, made as the token signed in with.
     *
     * @throws org.ronghe.domain.access.AuthenticationFailedException for an unknown, revoked or expired secret
     * @throws org.ronghe.domain.access.SessionRefusedException for a session's secret, or a lifetime out of bounds
     */
    IssuedToken openSession(String apiTokenSecret, java.time.Duration lifetime, String requestId);

    /**
     * The first start: creates an ADMIN token with this secret if, and only if, no token exists yet.
     *
     * @return true if a token was created
     * @throws org.ronghe.domain.shared.InvalidValueException if the secret is shorter than 32 characters
     */
    boolean bootstrap(String secret);

    /**
     * Issues a new ADMIN token bound to no organization, whatever tokens exist: the way back into a store
     * where nobody can administer any more. Only operators of the server reach it (the
     * {@code issue-admin-token} command, run on the server), never the API. The secret is returned once;
     * the issue leaves one audit entry, made by {@code actor} (who ran the command, for the trail; at most
     * 70 characters).
     */
    IssuedToken issueRecoveryAdminToken(String actor);
}
