package org.ronghe.adapter.http.support;

import java.util.Objects;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One route of the API. Route groups list theirs, so the whole API can be inventoried and documented. */
public record ApiRoute(HandlerType method, String path, Handler handler) {

    public ApiRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }

    public static ApiRoute get(String path, Handler handler) {
        return new ApiRoute(HandlerType.GET, path, handler);
    }

    public static ApiRoute post(String path, Handler handler) {
        return new ApiRoute(HandlerType.POST, path, handler);
    }
}
