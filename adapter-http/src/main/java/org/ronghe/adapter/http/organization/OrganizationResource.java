package org.ronghe.adapter.http.organization;

import java.time.Instant;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.application.organization.port.in.OrganizationView;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationStatus;

/** The JSON shape of an organization. */
record OrganizationResource(String id, @ApiDoc.Values(OrganizationKind.class) String kind,
        @ApiDoc.MinLength(1) @ApiDoc.MaxLength(400) String name,
        @ApiDoc.Nullable String nameEn, @ApiDoc.Nullable String parentId, @ApiDoc.Nullable String jurisdiction,
        @ApiDoc.Values(OrganizationStatus.class) String status, Instant registeredAt,
        @ApiDoc.Nullable Instant retiredAt, long version) {

    static OrganizationResource of(OrganizationView view) {
        return new OrganizationResource(view.id().toString(), view.kind().name(), view.name(), view.nameEn(),
                view.parentId() == null ? null : view.parentId().toString(), view.jurisdiction(),
                view.status().name(), view.registeredAt(), view.retiredAt(), view.version());
    }
}
