package org.ronghe.adapter.http.docs;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDocs;

/** What the OpenAPI document says of the routes of {@link DocsRoutes}: summaries, query parameters, bodies, answers. */
final class PublicDocs {

    static final ApiDocs DOCS = ApiDocs.of("docs",
            "文档与健康 · Documentation and health: the health check, the Chinese and English labels of every enum value, and this document",
            ApiDoc.get("/health", "health", "health: 200 while the storage answers, 503 naming the dependency that does not")
                    .answers("up", Schema.of(OpenApi.HealthResource.class))
                    .status(503, "the storage cannot be reached or is busy: the request was not carried out (a write cut off while committing may have been); retry after Retry-After seconds, a create with the same Idempotency-Key"),
            ApiDoc.get("/api/v1/labels", "labels", "the Chinese and English labels of every enum value the API returns (kinds, tiers, statuses, roles, mechanisms, categories...)")
                    .answers("every label", Schema.of(OpenApi.Labels.class)),
            ApiDoc.get("/openapi.json", "openApiDocument", "this document")
                    .answers("the OpenAPI document", (ApiDoc.Schema) null));

    private PublicDocs() {
    }
}
