package org.ronghe.adapter.http.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.ronghe.application.idempotency.port.StoredResponse;
import org.ronghe.application.idempotency.port.in.IdempotentExecution;

import io.javalin.http.Context;

/**
 * Creating routes honour {@code Idempotency-Key}: the request runs at most once per key and token;
 * a replay answers the stored status, body and headers; the same key with another request is 422.
 */
final class Idempotency {

    static final String HEADER = "Idempotency-Key";

    private final IdempotentExecution execution;

    Idempotency(IdempotentExecution execution) {
        this.execution = execution;
    }

    void run(Context ctx, Action action) throws Exception {
        String key = ctx.header(HEADER);
        if (key == null) {
            Responses.write(ctx, action.handle(ctx));
            return;
        }
        String fingerprint = fingerprint(ctx);
        StoredResponse response = execution.execute(Callers.of(ctx), key, fingerprint, () -> {
            try {
                return Responses.store(action.handle(ctx));
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Responses.write(ctx, response);
    }

    /** The request as the key protects it: method, path and body. */
    private static String fingerprint(Context ctx) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((ctx.method().name() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(ctx.bodyAsBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
