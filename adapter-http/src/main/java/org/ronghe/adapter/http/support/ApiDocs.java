package org.ronghe.adapter.http.support;

import java.util.List;
import java.util.Objects;

/**
 * What a route group says of its routes in the OpenAPI document: the tag its operations are listed
 * under in Swagger UI (a context's routes together), described Chinese first, and one {@link ApiDoc}
 * per route.
 */
public record ApiDocs(String tag, String tagDescription, List<ApiDoc> operations) {

    /** For route groups the document does not describe (the viewer's own files). */
    public static final ApiDocs NONE = new ApiDocs("", "", List.of());

    public ApiDocs {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(tagDescription, "tagDescription");
        operations = List.copyOf(operations);
    }

    public static ApiDocs of(String tag, String tagDescription, ApiDoc... operations) {
        return new ApiDocs(tag, tagDescription, List.of(operations));
    }
}
