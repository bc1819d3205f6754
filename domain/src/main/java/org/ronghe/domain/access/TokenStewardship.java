package org.ronghe.domain.access;

/** Tokens open the whole API: only ADMINs issue, list and revoke them, and one live ADMIN token always remains. */
public final class TokenStewardship {

    private TokenStewardship() {
    }

    public static void requireMayManageTokens(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("only an ADMIN manages API tokens");
        }
    }

    /**
     * Someone must always be able to administer the server: the last live ADMIN token is not revoked
     * (issue another one first; {@code issue-admin-token} on the server recovers a store without one).
     *
     * @param liveAdminTokens how many live ADMIN tokens there are, this one included if it is live
     */
    public static void requireAnotherAdminRemains(ApiToken token, long liveAdminTokens) {
        if (token.role() == Role.ADMIN && token.isActive() && liveAdminTokens <= 1) {
            throw new LastAdminTokenException(token.getId());
        }
    }

    /** Only its holder signs out of a session: the token that presents itself is the session it ends. */
    public static void requireMayEndSession(ApiTokenId presented, ApiToken session) {
        if (!session.getId().equals(presented)) {
            throw new AccessDeniedException("only its holder signs out of a session");
        }
    }

    public static void requireMayReadAuditTrail(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("only an ADMIN reads the audit trail");
        }
    }
}
