package org.ronghe.adapter.http.support;

import org.ronghe.application.idempotency.port.in.IdempotentExecution;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** Turns route actions into Javalin handlers; creating routes go through idempotency. */
public final class RouteHandlers {

    private final Idempotency idempotency;
    private final WriteAdmission admission;

    public RouteHandlers(IdempotentExecution execution, WriteAdmission admission) {
        this.idempotency = new Idempotency(execution);
        this.admission = admission;
    }

    /**
     * The route's handler. A write takes no query parameter: refused before it runs. A read that did not
     * check its parameters itself (it reads none) is refused before its answer is written. A write runs only when the
     * server has room for it (load shedding: {@link WriteAdmission}). A write that refuses its own arguments
     * must have checked them by the time it answers.
     */
    public Handler of(ApiRoute route) {
        Action action = route.action();
        if (route.creates()) {
            return admission.around(ctx -> {
                QueryParameters.requireNone(ctx);
                idempotency.run(ctx, action);
            });
        }
        if (route.method() != HandlerType.GET && route.refusesItsOwnArguments()) {
            return admission.around(ctx -> {
                Reply reply = action.handle(ctx);
                QueryParameters.requireChecked(ctx, route);
                Responses.write(ctx, reply);
            });
        }
        if (route.method() != HandlerType.GET) {
            return admission.around(ctx -> {
                QueryParameters.requireNone(ctx);
                Responses.write(ctx, action.handle(ctx));
            });
        }
        return ctx -> {
            Reply reply = action.handle(ctx);
            QueryParameters.requireNone(ctx);
            Responses.write(ctx, reply);
        };
    }
}
