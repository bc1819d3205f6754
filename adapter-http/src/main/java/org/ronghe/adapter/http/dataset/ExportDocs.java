package org.ronghe.adapter.http.dataset;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDocs;

/** What the OpenAPI document says of the routes of {@link ExportRoutes}: summaries, query parameters, bodies, answers. */
final class ExportDocs {

    static final ApiDocs DOCS = ApiDocs.of("data set",
            "数据集 · Data set: the whole structure as one document, to import elsewhere",
            ApiDoc.get("/api/v1/export", "exportStructure", "the whole structure as a data set document (import it with: java -jar ronghe-server.jar import FILE)")
                    .answers("the document", Schema.of(StructureDocument.class)));

    private ExportDocs() {
    }
}
