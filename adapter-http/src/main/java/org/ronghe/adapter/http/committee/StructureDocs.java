package org.ronghe.adapter.http.committee;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDoc.Query;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDocs;

/** What the OpenAPI document says of the routes of {@link StructureRoutes}: summaries, query parameters, bodies, answers. */
final class StructureDocs {

    static final ApiDocs DOCS = new ApiDocs(CommitteeDocs.DOCS.tag(), CommitteeDocs.DOCS.tagDescription(), java.util.List.of(
            ApiDoc.get("/api/v1/structure", "getStructure", "the leading structure as a tree, with counts by tier and status")
                    .query(Query.date("asOf").describedAs("the day (default: today, Asia/Shanghai)"),
                            Query.uuid("committeeId").describedAs("only this committee's branch: the committee, where it"
                                    + " hangs, and a page of the committees directly under it (for trees too large to read"
                                    + " whole, a city's or a province's); page and size apply to those"))
                    .query(Query.paging())
                    .status(404, "with committeeId: no such committee, or it was not yet planned that day")
                    .answers("the tree", Schema.of(StructureResource.class)),
            ApiDoc.get("/api/v1/structure.mmd", "getStructureMermaid", "the structure as a Mermaid flowchart")
                    .query(Query.date("asOf").describedAs("the day (default: today, Asia/Shanghai)"))
                    .answersText("Mermaid text", "text/vnd.mermaid"),
            ApiDoc.get("/api/v1/structure.dot", "getStructureDot", "the structure as Graphviz DOT")
                    .query(Query.date("asOf").describedAs("the day (default: today, Asia/Shanghai)"))
                    .answersText("DOT text", "text/vnd.graphviz")));

    private StructureDocs() {
    }
}
