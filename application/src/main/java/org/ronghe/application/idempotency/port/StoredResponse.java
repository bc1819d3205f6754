package org.ronghe.application.idempotency.port;

import java.util.Map;
import java.util.Objects;

/** The response a creating request gave, kept so a replay gets the very same one. */
public record StoredResponse(int status, String body, Map<String, String> headers) {

    public StoredResponse {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }
}
