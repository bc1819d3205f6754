package org.ronghe.adapter.http;

import java.util.List;
import java.util.Map;

import org.ronghe.adapter.http.support.ApiRoute;
import org.ronghe.adapter.http.support.JsonWriter;
import org.ronghe.adapter.http.support.Problems;
import org.ronghe.adapter.http.support.RequestIds;
import org.ronghe.adapter.http.support.RequestLog;
import org.ronghe.adapter.http.support.RouteGroup;

import io.javalin.Javalin;

/** Builds the Javalin application that serves the given route groups under the API's common rules. */
public final class HttpApi {

    /** Bodies above this size are refused with 413 before they are read whole. */
    public static final long MAX_REQUEST_BYTES = 1_000_000;

    private HttpApi() {
    }

    public static Javalin create(List<RouteGroup> groups) {
        List<ApiRoute> routes = groups.stream().flatMap(group -> group.routes().stream()).toList();
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.prefer405over404 = true;
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            config.requestLogger.http(RequestLog::log);
            config.routes.before(ctx -> {
                RequestIds.assign(ctx);
                ctx.header("X-Content-Type-Options", "nosniff");
            });
            config.routes.get("/health", ctx -> ctx.contentType("application/json")
                    .result(JsonWriter.write(Map.of("status", "UP"))));
            for (ApiRoute route : routes) {
                config.routes.addHttpHandler(route.method(), route.path(), route.handler());
            }
            Problems.install(config);
        });
    }

    /** Every route the API serves, for inventories and documentation. */
    public static List<ApiRoute> routes(List<RouteGroup> groups) {
        return groups.stream().flatMap(group -> group.routes().stream()).toList();
    }
}
