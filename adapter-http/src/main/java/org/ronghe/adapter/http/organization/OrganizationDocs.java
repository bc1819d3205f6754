package org.ronghe.adapter.http.organization;

import java.util.UUID;

import org.ronghe.adapter.http.support.ApiDoc.Query;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ListFilters;
import org.ronghe.domain.organization.OrganizationKind;
import org.ronghe.domain.organization.OrganizationStatus;

/** What the OpenAPI document says of the routes of {@link OrganizationRoutes}: summaries, query parameters, bodies, answers. */
final class OrganizationDocs {

    static final ApiDocs DOCS = ApiDocs.of("organizations",
            "组织 · Organizations: the party organizations and their tree: register, rename, move, retire",
            ApiDoc.post("/api/v1/organizations", "registerOrganization", "register an organization")
                    .takes(RegisterOrganization.class)
                    .example("district", "{\"kind\":\"DISTRICT_PARTY_COMMITTEE\",\"name\":\"中共上海市嘉定区委员会\","
                            + "\"nameEn\":\"Jiading District Committee\",\"jurisdiction\":\"嘉定区\"}")
                    .example("town", "{\"kind\":\"TOWN_PARTY_COMMITTEE\",\"name\":\"中共南翔镇委员会\","
                            + "\"parentId\":\"0190b7a2-6a4e-7c3d-9f10-2b5c8d4e6f70\"}")
                    .answers("registered", Schema.of(OrganizationResource.class)),
            ApiDoc.get("/api/v1/organizations", "listOrganizations", "a page of organizations, in registration order")
                    .query(Query.oneOf("kind", OrganizationKind.class), Query.uuid("parentId"), Query.oneOf("status", OrganizationStatus.class))
                    .query(ListFilters.documented("name (Chinese or English)", "among"))
                    .query(Query.paging())
                    .answers("a page", Schema.page(OrganizationResource.class)),
            ApiDoc.get("/api/v1/organizations/{id}", "getOrganization", "one organization")
                    .answers("found", Schema.of(OrganizationResource.class)),
            ApiDoc.post("/api/v1/organizations/{id}/rename", "renameOrganization", "rename (an OPERATOR: its own organization or one under it)")
                    .takes(RenameOrganization.class)
                    .example("rename", "{\"name\":\"中共嘉定区委\",\"nameEn\":\"Jiading District Committee\"}")
                    .answers("renamed", Schema.of(OrganizationResource.class)),
            ApiDoc.post("/api/v1/organizations/{id}/move", "moveOrganization", "move under another parent (an OPERATOR: within its own)")
                    .takes(MoveOrganization.class)
                    .answers("moved", Schema.of(OrganizationResource.class)),
            ApiDoc.post("/api/v1/organizations/{id}/retire", "retireOrganization", "retire (an OPERATOR: only organizations under its own)")
                    .answers("retired", Schema.of(OrganizationResource.class)));

    private OrganizationDocs() {
    }

    /** The body of {@code POST /api/v1/organizations}. */
    record RegisterOrganization(OrganizationKind kind,
            @ApiDoc.About("Chinese name, at most 200 characters, unique among siblings") String name,
            @ApiDoc.Optional String nameEn,
            @ApiDoc.Optional UUID parentId,
            @ApiDoc.Optional String jurisdiction) {
    }

    /** The body of {@code POST /api/v1/organizations/{id}/rename}. */
    record RenameOrganization(String name,
            @ApiDoc.Optional String nameEn) {
    }

    /** The body of {@code POST /api/v1/organizations/{id}/move}. */
    record MoveOrganization(@ApiDoc.About("null moves to the top") @ApiDoc.Nullable UUID parentId) {
    }
}
