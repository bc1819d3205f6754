package org.ronghe.adapter.http.support;

import java.util.List;
import java.util.Objects;

/**
 * What a route group says of its routes in the OpenAPI document: the tag its operations are listed
 * under in Swagger UI (a context's routes together), described Chinese first, and one {@link ApiDoc}
 * per route; and what it says of the components of the application's records its routes answer with as
 * they are ({@link ApiDoc.Component}).
 */
public record ApiDocs(String tag, String tagDescription, List<ApiDoc> operations, List<ApiDoc.Component> components) {

    /** For route groups the document does not describe (the viewer's own files). */
    public static final ApiDocs NONE = new ApiDocs("", "", List.of());

    public ApiDocs {
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(tagDescription, "tagDescription");
        operations = List.copyOf(operations);
        components = List.copyOf(components);
    }

    public ApiDocs(String tag, String tagDescription, List<ApiDoc> operations) {
        this(tag, tagDescription, operations, List.of());
    }

    /** The same, saying this of components of the application's records. */
    public ApiDocs with(ApiDoc.Component... more) {
        var all = new java.util.ArrayList<>(components);
        all.addAll(List.of(more));
        return new ApiDocs(tag, tagDescription, operations, all);
    }

    public static ApiDocs of(String tag, String tagDescription, ApiDoc... operations) {
        return new ApiDocs(tag, tagDescription, List.of(operations));
    }
}
