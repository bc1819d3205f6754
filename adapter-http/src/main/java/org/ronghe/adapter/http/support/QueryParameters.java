package org.ronghe.adapter.http.support;

import java.util.function.Function;

import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Violations;

import io.javalin.http.Context;

/** Reads query parameters, collecting every bad one before answering 400. */
public final class QueryParameters {

    private final Context ctx;
    private final Violations violations = new Violations();

    public QueryParameters(Context ctx) {
        this.ctx = ctx;
    }

    /** Parses the parameter with the given parser, or returns null when it is absent or empty. */
    public <T> T optional(String name, Function<String, T> parser) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        return violations.check(() -> parser.apply(value));
    }

    /** A {@code true}/{@code false} flag; absent means false. */
    public boolean flag(String name) {
        return Boolean.TRUE.equals(optional(name, text -> {
            if (!text.equals("true") && !text.equals("false")) {
                throw new InvalidValueException(name, "must be true or false");
            }
            return Boolean.valueOf(text);
        }));
    }

    /** The {@code asOf} day of a read: the only parameter such routes take; null means today. */
    public static java.time.LocalDate asOf(Context ctx) {
        var parameters = new QueryParameters(ctx);
        var asOf = parameters.optional("asOf", text -> Dates.parse("asOf", text));
        parameters.requireValid();
        return asOf;
    }

    public PageRequest page() {
        Integer page = optional("page", text -> integer("page", text));
        Integer size = optional("size", text -> integer("size", text));
        return violations.check(() -> new PageRequest(page == null ? 1 : page,
                size == null ? PageRequest.DEFAULT_SIZE : size));
    }

    private static int integer(String name, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(name, "must be a whole number");
        }
    }

    public void requireValid() {
        violations.throwIfAny();
    }
}
