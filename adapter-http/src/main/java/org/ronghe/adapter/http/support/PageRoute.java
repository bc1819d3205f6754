package org.ronghe.adapter.http.support;

import java.util.Objects;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * A page served beside the API (the console): the platform's bearer check passes it, because a page checks its
 * own session cookie, and it answers HTML rather than problems. Pages are not part of the OpenAPI document.
 */
public record PageRoute(HandlerType method, String path, Handler handler) {

    public PageRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }

    public static PageRoute get(String path, Handler handler) {
        return new PageRoute(HandlerType.GET, path, handler);
    }

    public static PageRoute post(String path, Handler handler) {
        return new PageRoute(HandlerType.POST, path, handler);
    }
}
