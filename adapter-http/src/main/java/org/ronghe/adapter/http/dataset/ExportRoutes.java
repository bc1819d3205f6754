package org.ronghe.adapter.http.dataset;

import java.util.List;

import org.ronghe.adapter.http.support.ApiRole;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Callers;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;

/** {@code GET /api/v1/export}: the whole structure in the data set format; the server's import command reads it. */
public record ExportRoutes(StructureDocuments documents) implements RouteGroup {

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.read("/api/v1/export", ctx -> Reply.ok(documents.export(Callers.of(ctx))), ApiRole.ADMINS));
    }

    @Override
    public ApiDocs docs() {
        return ExportDocs.DOCS;
    }
}
