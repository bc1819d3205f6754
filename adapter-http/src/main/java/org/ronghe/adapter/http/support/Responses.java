package org.ronghe.adapter.http.support;

import org.ronghe.application.idempotency.port.StoredResponse;

import io.javalin.http.Context;

/** Writes replies as JSON. */
final class Responses {

    private Responses() {
    }

    static void write(Context ctx, Reply reply) {
        if (reply.body() instanceof RawBody raw) {
            reply.headers().forEach(ctx::header);
            ctx.status(reply.status()).contentType(raw.contentType()).result(raw.bytes());
            return;
        }
        // Straight to UTF-8 bytes: a large answer (the structure of a province is over 1 MB) is not
        // also held as a String, which kept the 128 MB heap collecting (BENCHMARKS.md).
        reply.headers().forEach(ctx::header);
        ctx.status(reply.status()).contentType("application/json").result(JsonWriter.writeBytes(reply.body()));
    }

    static StoredResponse store(Reply reply) {
        return new StoredResponse(reply.status(), JsonWriter.write(reply.body()), reply.headers());
    }

    static void write(Context ctx, StoredResponse response) {
        response.headers().forEach(ctx::header);
        // bytes, not a String: Javalin would encode a String in the JVM's default charset
        ctx.status(response.status()).contentType("application/json")
                .result(response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
