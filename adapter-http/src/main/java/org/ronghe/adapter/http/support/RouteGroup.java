package org.ronghe.adapter.http.support;

import java.util.List;

/** The routes of one aggregate's resources, and what the OpenAPI document says of them. */
public interface RouteGroup {

    List<ApiRoute> routes();

    /** The group's tag and the description of each of its routes; the document is generated from them. */
    default ApiDocs docs() {
        return ApiDocs.NONE;
    }

    /**
     * What the group's errors are, where a facade speaks another standard's format (Open311's list of
     * {@code {code, description}}); null: RFC 9457 {@code application/problem+json}.
     */
    default ApiDoc.Schema errorSchema() {
        return null;
    }
}
