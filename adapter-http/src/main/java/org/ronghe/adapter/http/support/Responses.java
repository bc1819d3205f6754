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
        write(ctx, store(reply));
    }

    static StoredResponse store(Reply reply) {
        return new StoredResponse(reply.status(), JsonWriter.write(reply.body()), reply.headers());
    }

    static void write(Context ctx, StoredResponse response) {
        response.headers().forEach(ctx::header);
        ctx.status(response.status()).contentType("application/json").result(response.body());
    }
}
