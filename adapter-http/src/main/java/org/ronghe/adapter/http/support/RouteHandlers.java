package org.ronghe.adapter.http.support;

import org.ronghe.application.idempotency.port.in.IdempotentExecution;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** Turns route actions into Javalin handlers; creating routes go through idempotency. */
public final class RouteHandlers {

    private final Idempotency idempotency;

    public RouteHandlers(IdempotentExecution execution) {
        this.idempotency = new Idempotency(execution);
    }

    /**
     * The route's handler. A write takes no query parameter: refused before it runs. A read that did not
     * check its parameters itself (it reads none) is refused before its answer is written.
     */
    public Handler of(ApiRoute route) {
        Action action = route.action();
        if (route.creates()) {
            return ctx -> {
                QueryParameters.requireNone(ctx);
                idempotency.run(ctx, action);
            };
        }
        if (route.method() != HandlerType.GET) {
            return ctx -> {
                QueryParameters.requireNone(ctx);
                Responses.write(ctx, action.handle(ctx));
            };
        }
        return ctx -> {
            Reply reply = action.handle(ctx);
            QueryParameters.requireNone(ctx);
            Responses.write(ctx, reply);
        };
    }
}
