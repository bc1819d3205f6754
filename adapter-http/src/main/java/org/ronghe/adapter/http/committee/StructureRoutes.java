package org.ronghe.adapter.http.committee;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.Dates;
import org.ronghe.adapter.http.support.QueryParameters;
import org.ronghe.adapter.http.support.RawBody;
import org.ronghe.adapter.http.support.Reply;
import org.ronghe.adapter.http.support.RouteGroup;
import org.ronghe.application.committee.CommitteeModule;
import org.ronghe.application.committee.port.in.StructureView;
import org.ronghe.domain.committee.CommitteeId;

import io.javalin.http.Context;

/**
 * {@code /api/v1/structure}: the leading structure as a tree (JSON), and the same as Mermaid
 * ({@code .mmd}) and Graphviz DOT ({@code .dot}) so the org chart can be drawn. Every caller reads.
 */
public record StructureRoutes(CommitteeModule committees) implements RouteGroup {

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.read("/api/v1/structure", ctx -> Reply.ok(structureOrBranch(ctx))),
                ApiRoute.read("/api/v1/structure.mmd", ctx -> Reply.ok(new RawBody("text/vnd.mermaid; charset=utf-8",
                        StructureDiagrams.mermaid(structure(ctx)).getBytes(StandardCharsets.UTF_8)))),
                ApiRoute.read("/api/v1/structure.dot", ctx -> Reply.ok(new RawBody("text/vnd.graphviz; charset=utf-8",
                        StructureDiagrams.dot(structure(ctx)).getBytes(StandardCharsets.UTF_8)))));
    }

    @Override
    public ApiDocs docs() {
        return StructureDocs.DOCS;
    }

    /** The whole tree; with {@code committeeId}, that committee's branch, a page of those under it at a time. */
    private StructureResource structureOrBranch(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        var committee = parameters.optional("committeeId", text -> CommitteeId.parse("committeeId", text));
        var page = parameters.page();
        parameters.requireValid();
        if (committee == null) {
            return StructureResource.of(committees.queries().structure(asOf));
        }
        return StructureResource.of(committees.queries().structureBranch(committee, asOf, page));
    }

    private StructureView structure(Context ctx) {
        return committees.queries().structure(QueryParameters.asOf(ctx));
    }
}
