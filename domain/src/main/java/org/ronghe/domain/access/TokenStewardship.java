package org.ronghe.domain.access;

/** Tokens open the whole API: only ADMINs issue, list and revoke them. */
public final class TokenStewardship {

    private TokenStewardship() {
    }

    public static void requireMayManageTokens(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("only an ADMIN manages API tokens");
        }
    }

    public static void requireMayReadAuditTrail(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("only an ADMIN reads the audit trail");
        }
    }
}
