package org.ronghe.adapter.http.support;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import org.ronghe.application.shared.port.PageRequest;
import org.ronghe.domain.shared.InvalidValueException;
import org.ronghe.domain.shared.Violations;

import io.javalin.http.Context;

/**
 * Reads query parameters, collecting every bad one before answering 400. A parameter the route never
 * reads is one of them: a misspelt filter ({@code ?name=南翔} where the route filters by {@code kind})
 * would otherwise answer everything and look like it worked. Routes that read no parameters at all
 * are held to the same rule by {@link RouteHandlers}.
 */
public final class QueryParameters {

    /** Set on the request once a route has checked its parameters. */
    static final String CHECKED = "ronghe.queryParametersChecked";

    private final Context ctx;
    private final Violations violations = new Violations();
    private final Set<String> read = new LinkedHashSet<>();

    public QueryParameters(Context ctx) {
        this.ctx = ctx;
    }

    /** Parses the parameter with the given parser, or returns null when it is absent or empty. */
    public <T> T optional(String name, Function<String, T> parser) {
        read.add(name);
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

    /** Throws every bad value and every parameter the route did not read. Call it after reading them all. */
    public void requireValid() {
        ctx.attribute(CHECKED, Boolean.TRUE);
        for (String name : ctx.queryParamMap().keySet()) {
            if (!read.contains(name)) {
                violations.add(printable(name), read.isEmpty() ? "is not a parameter of this route: it takes none"
                        : "is not a parameter of this route; it takes " + String.join(", ", read));
            }
        }
        violations.throwIfAny();
    }

    /** Refuses every query parameter of a route that reads none (a POST, or a plain GET of one thing). */
    static void requireNone(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(CHECKED)) || ctx.queryParamMap().isEmpty()) {
            return;
        }
        new QueryParameters(ctx).requireValid();
    }

    /** A route that refuses its own arguments and did not check them is a programming error, not a caller's. */
    static void requireChecked(Context ctx, ApiRoute route) {
        if (!Boolean.TRUE.equals(ctx.attribute(CHECKED)) && !ctx.queryParamMap().isEmpty()) {
            throw new IllegalStateException(route.method() + " " + route.path() + " did not check its query arguments");
        }
    }

    private static String printable(String name) {
        String cleaned = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "…" : cleaned;
    }
}
