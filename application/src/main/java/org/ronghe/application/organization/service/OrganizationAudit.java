package org.ronghe.application.organization.service;

import java.util.List;

import org.ronghe.application.audit.service.AuditDescriptions;
import org.ronghe.application.audit.service.AuditDescriptions.Changes;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.organization.OrganizationMoved;
import org.ronghe.domain.organization.OrganizationName;
import org.ronghe.domain.organization.OrganizationRegistered;
import org.ronghe.domain.organization.OrganizationRenamed;
import org.ronghe.domain.organization.OrganizationRetired;

/** What each organization event changed, for the audit trail. */
public final class OrganizationAudit {

    private OrganizationAudit() {
    }

    public static AuditDescriptions descriptions() {
        return new AuditDescriptions()
                .on(OrganizationRegistered.class, "organization", OrganizationRegistered::organization, e -> name(
                        new Changes().set("kind", e.kind().name()), null, e.name())
                        .set("parentId", e.parent())
                        .set("jurisdiction", e.jurisdiction() == null ? null : e.jurisdiction().name())
                        .set("status", "ACTIVE").list())
                .on(OrganizationRenamed.class, "organization", OrganizationRenamed::organization,
                        e -> name(new Changes(), e.oldName(), e.newName()).list())
                .on(OrganizationMoved.class, "organization", OrganizationMoved::organization,
                        e -> List.of(new FieldChange("parentId", text(e.oldParent()), text(e.newParent()))))
                .on(OrganizationRetired.class, "organization", OrganizationRetired::organization,
                        e -> List.of(new FieldChange("status", "ACTIVE", "RETIRED")));
    }

    private static Changes name(Changes changes, OrganizationName before, OrganizationName after) {
        return changes.change("name", before == null ? null : before.zh(), after.zh())
                .change("nameEn", before == null ? null : before.en(), after.en());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
