package org.ronghe.adapter.http.support;

import org.ronghe.application.idempotency.port.in.IdempotentExecution;

import io.javalin.http.Handler;

/** Turns route actions into Javalin handlers; creating routes go through idempotency. */
public final class RouteHandlers {

    private final Idempotency idempotency;

    public RouteHandlers(IdempotentExecution execution) {
        this.idempotency = new Idempotency(execution);
    }

    public Handler of(ApiRoute route) {
        Action action = route.action();
        if (route.creates()) {
            return ctx -> idempotency.run(ctx, action);
        }
        return ctx -> Responses.write(ctx, action.handle(ctx));
    }
}
