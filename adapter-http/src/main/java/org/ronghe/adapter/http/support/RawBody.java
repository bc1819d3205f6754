package org.ronghe.adapter.http.support;

/** A body sent as it is, not as JSON (the API document, the documentation viewer's files). */
public record RawBody(String contentType, byte[] bytes) {
}
