package org.ronghe.adapter.http.support;

import java.util.function.Function;

import org.ronghe.domain.shared.AggregateNotFoundException;
import org.ronghe.domain.shared.InvalidValueException;

import io.javalin.http.Context;

/** Reads the {@code {id}} of a path. An id that cannot even be parsed names nothing: 404, like any unknown id. */
public final class PathIds {

    private PathIds() {
    }

    public static <T> T parse(Context ctx, String aggregateType, Function<String, T> parser) {
        return parse(ctx, "id", aggregateType, parser);
    }

    /** The same for another path parameter. */
    public static <T> T parse(Context ctx, String parameter, String aggregateType, Function<String, T> parser) {
        try {
            return parser.apply(ctx.pathParam(parameter));
        } catch (InvalidValueException e) {
            throw new AggregateNotFoundException(aggregateType, "with that id");
        }
    }
}
