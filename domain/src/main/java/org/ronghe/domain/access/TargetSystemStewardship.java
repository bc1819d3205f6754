package org.ronghe.domain.access;

import org.ronghe.domain.targetsystem.Indicator;

/**
 * Who may change the target system: ADMINs (the district party committee) define systems and their
 * indicators; only the operators of the organization an indicator names as responsible report its
 * readings — the figures are theirs to answer for, so not even an ADMIN of another organization reports them.
 */
public final class TargetSystemStewardship {

    private TargetSystemStewardship() {
    }

    public static void requireMayDefine(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("only an ADMIN defines target systems and their indicators");
        }
    }

    public static void requireMayReport(Actor actor, Indicator indicator) {
        boolean responsible = indicator.responsible().equals(actor.organization());
        if (actor.role() == Role.READER || !responsible) {
            throw new AccessDeniedException("only the operators of the responsible organization report readings of '"
                    + indicator.code() + "'");
        }
    }
}
