package org.ronghe.application.access.service;

import org.ronghe.domain.access.SessionEnded;
import org.ronghe.domain.access.SessionOpened;
import java.util.List;

import org.ronghe.application.audit.service.AuditDescriptions;
import org.ronghe.application.audit.service.AuditDescriptions.Changes;
import org.ronghe.domain.access.TokenIssued;
import org.ronghe.domain.access.TokenRevoked;
import org.ronghe.domain.audit.FieldChange;

/** What each token event changed, for the audit trail. */
public final class AccessAudit {

    private AccessAudit() {
    }

    public static AuditDescriptions descriptions() {
        return new AuditDescriptions()
                .on(TokenIssued.class, "token", TokenIssued::token, e -> new Changes()
                        .set("organizationId", e.organization()).set("role", e.role().name()).set("label", e.label())
                        .list())
                .on(TokenRevoked.class, "token", TokenRevoked::token,
                        e -> List.of(new FieldChange("status", "ACTIVE", "REVOKED")))
                .on(SessionOpened.class, "token", SessionOpened::session, e -> new Changes()
                        .set("signedInWith", e.signedInWith()).set("organizationId", e.organization())
                        .set("role", e.role().name()).set("expiresAt", e.expiresAt()).list())
                .on(SessionEnded.class, "token", SessionEnded::session,
                        e -> List.of(new FieldChange("status", "ACTIVE", "SIGNED_OUT")));
    }
}
