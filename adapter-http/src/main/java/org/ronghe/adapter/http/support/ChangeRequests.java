package org.ronghe.adapter.http.support;

import java.util.function.Function;
import java.util.function.Supplier;

import io.javalin.http.Context;

/**
 * The shape of every change route: the aggregate's id from the path (unreadable: 404), the version the
 * caller read from {@code If-Match} (missing: 428), the body's known fields read into the context's
 * change, then the body checked for fields of the wrong type.
 */
public final class ChangeRequests {

    /** Reads a change from the id, the expected version and the body (it may check the body's types itself first). */
    @FunctionalInterface
    public interface Reader<I, C> {
        C read(I id, long expectedVersion, JsonBody body);
    }

    private ChangeRequests() {
    }

    public static <I, C> C read(Context ctx, Function<Context, I> id, Reader<I, C> reader, String... fields) {
        return read(ctx, id, reader, () -> JsonBody.of(ctx, fields));
    }

    /** The same for a change whose body may be left out (an empty one reads as {@code {}}). */
    public static <I, C> C readOptionalBody(Context ctx, Function<Context, I> id, Reader<I, C> reader,
            String... fields) {
        return read(ctx, id, reader, () -> JsonBody.optional(ctx, fields));
    }

    private static <I, C> C read(Context ctx, Function<Context, I> id, Reader<I, C> reader,
            Supplier<JsonBody> bodyOf) {
        var target = id.apply(ctx);
        long expectedVersion = Preconditions.expectedVersion(ctx);
        var body = bodyOf.get();
        var change = reader.read(target, expectedVersion, body);
        body.requireWellTyped();
        return change;
    }
}
