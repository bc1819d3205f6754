package org.ronghe.adapter.http.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers: status, a body to write as JSON, and headers. */
public record Reply(int status, Object body, Map<String, String> headers) {

    public Reply {
        headers = Map.copyOf(headers);
    }

    public static Reply ok(Object body) {
        return new Reply(200, body, Map.of());
    }

    public static Reply created(String location, Object body) {
        return new Reply(201, body, Map.of("Location", location));
    }

    /** The same reply with {@code ETag: "<version>"}. */
    public Reply tagged(long version) {
        var more = new LinkedHashMap<>(headers);
        more.put("ETag", "\"" + version + "\"");
        return new Reply(status, body, more);
    }
}
