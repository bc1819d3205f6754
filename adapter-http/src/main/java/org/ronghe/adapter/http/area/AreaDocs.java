package org.ronghe.adapter.http.area;

import java.util.List;
import java.util.UUID;

import org.ronghe.adapter.http.support.ApiDoc;
import org.ronghe.adapter.http.support.ApiDoc.Schema;
import org.ronghe.adapter.http.support.ApiDocs;
import org.ronghe.domain.area.AreaLayout;

/** What the OpenAPI document says of the routes of {@link AreaRoutes}: summaries, query parameters, bodies, answers. */
final class AreaDocs {

    static final ApiDocs DOCS = ApiDocs.of("areas",
            "区域 · Areas: the functional layout (core, hub, area) and the towns each area spans",
            ApiDoc.post("/api/v1/areas", "defineArea", "define an area of the functional layout")
                    .takes(DefineArea.class)
                    .answers("defined", Schema.of(AreaRoutes.AreaResource.class)),
            ApiDoc.get("/api/v1/areas", "listAreas", "every area")
                    .answers("the areas", Schema.items(AreaRoutes.AreaResource.class)),
            ApiDoc.get("/api/v1/areas/{id}", "getArea", "one area")
                    .answers("found", Schema.of(AreaRoutes.AreaResource.class)));

    private AreaDocs() {
    }

    /** The body of {@code POST /api/v1/areas}. */
    record DefineArea(AreaLayout layout,
            String name,
            @ApiDoc.Optional String nameEn,
            List<UUID> towns) {
    }
}
