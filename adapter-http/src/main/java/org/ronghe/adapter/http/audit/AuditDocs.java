package org.ronghe.adapter.http.audit;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDoc.Query;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.domain.audit.FieldChange;

/** What the OpenAPI document says of the routes of {@link AuditRoutes}: summaries, query parameters, bodies, answers. */
final class AuditDocs {

    static final ApiDocs DOCS = ApiDocs.of("audit",
            "审计 · Audit trail: every change, who made it and when",
            ApiDoc.get("/api/v1/audit", "listAuditEntries", "the audit trail, oldest first")
                    .query(Query.oneOf("aggregateType", "organization", "token", "area", "committee", "project-domain", "project", "meeting", "task", "activity", "targetSystem").describedAs("the kind of aggregate written (any letter case)"), Query.text("aggregateId"), Query.text("actor").describedAs("acting organization id"), Query.dateTime("since"), Query.dateTime("until"))
                    .query(Query.paging())
                    .answers("a page", Schema.page(AuditRoutes.AuditEntryResource.class)))
            .with(ApiDoc.Component.of(FieldChange.class, "oldValue").nullable(),
                    ApiDoc.Component.of(FieldChange.class, "newValue").nullable());

    private AuditDocs() {
    }
}
