package org.ronghe.adapter.http.audit;

import java.time.Instant;
import java.util.List;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Callers;
import org.ronghe.adapter.http.support.Dates;
import org.ronghe.adapter.http.support.PageResource;
import org.ronghe.adapter.http.support.QueryParameters;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.audit.AuditModule;
import org.ronghe.domain.audit.AuditCriteria;
import org.ronghe.domain.audit.AuditEntry;
import org.ronghe.domain.audit.FieldChange;
import org.ronghe.domain.shared.InvalidValueException;

import io.javalin.http.Context;

/** {@code GET /api/v1/audit}: the audit trail, oldest first, filtered and paged. ADMIN only. */
public record AuditRoutes(AuditModule audit) implements RouteGroup {

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.read("/api/v1/audit", this::list, ApiRole.ADMINS));
    }

    @Override
    public ApiDocs docs() {
        return AuditDocs.DOCS;
    }

    record AuditEntryResource(String id, Instant at, @ApiDoc.Nullable @ApiDoc.Uuid(false) String actorOrganizationId,
            @ApiDoc.Nullable @ApiDoc.Uuid(false) String actorTokenId,
            @ApiDoc.About("who acted: token:<id>, or system:<what> when the system acted without a token (the data set "
                    + "loader, the bootstrap, issue-admin-token)") String actor,
            String aggregateType, @ApiDoc.Uuid(false) String aggregateId,
            String eventType, List<FieldChange> changes, @ApiDoc.Uuid(false) String requestId) {

        static AuditEntryResource of(AuditEntry e) {
            return new AuditEntryResource(e.id().toString(), e.at(), e.actorOrganization(), e.actorToken(), e.actor(),
                    e.aggregateType(), e.aggregateId(), e.eventType(), e.changes(), e.requestId());
        }
    }

    private Reply list(Context ctx) {
        var parameters = new QueryParameters(ctx);
        String aggregateType = parameters.optional("aggregateType", AuditRoutes::aggregateType);
        String aggregateId = parameters.optional("aggregateId", text -> text);
        String actor = parameters.optional("actor", text -> text);
        Instant since = parameters.optional("since", text -> instant("since", text));
        Instant until = parameters.optional("until", text -> instant("until", text));
        var page = parameters.page();
        parameters.requireValid();
        var entries = audit.queries().entries(Callers.of(ctx), new AuditCriteria(aggregateType, aggregateId, actor, since,
                until), page);
        return Reply.ok(PageResource.of(entries.map(AuditEntryResource::of)));
    }

    /** The aggregate types the trail records, as the OpenAPI document spells them. */
    static final List<String> AGGREGATE_TYPES = List.of("organization", "token", "area", "committee", "project-domain",
            "project", "meeting", "task", "activity", "targetSystem");

    private static String aggregateType(String text) {
        return AGGREGATE_TYPES.stream().filter(type -> type.equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new InvalidValueException("aggregateType", "must be one of "
                        + String.join(", ", AGGREGATE_TYPES)));
    }

    private static Instant instant(String field, String text) {
        return Dates.instant(field, text);
    }
}
