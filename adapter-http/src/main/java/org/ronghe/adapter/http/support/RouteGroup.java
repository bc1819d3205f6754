package org.ronghe.adapter.http.support;

import java.util.List;

/** The routes of one aggregate's resources, and what the OpenAPI document says of them. */
public interface RouteGroup {

    List<ApiRoute> routes();

    /** The group's tag and the description of each of its routes; the document is generated from them. */
    default ApiDocs docs() {
        return ApiDocs.NONE;
    }
}
